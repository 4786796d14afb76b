import type { SourceId } from './sources.ts'

/**
 * Pictures the deck may ship: only from DeepSeek's own MIT-licensed repositories, each with its source, the file it
 * came from and its licence (never a stock photo, a placeholder or an image whose licence is unknown). The image
 * itself is in assets/ under the same name; components/ArtefactPicture.vue draws it.
 */
export interface Picture {
  /** The file in assets/. */
  file: string
  /** What a screen reader says: what the picture shows. */
  alt: string
  /** The stage's caption: at most five words. */
  caption: string
  source: SourceId
  /** The file in the source's repository the picture comes from (a PDF page is rendered with pdftoppm). */
  from: string
  licence: 'MIT'
}

export const pictures = {
  r1PaperPage1: {
    file: 'r1-paper-page-1.png',
    alt: 'The first page of DeepSeek’s R1 paper: its title, the abstract, and a bar chart of R1’s benchmark scores against OpenAI’s o1.',
    caption: 'The R1 paper, page 1',
    source: 'deepseek-r1-repo',
    from: 'DeepSeek_R1.pdf',
    licence: 'MIT',
  },
} satisfies Record<string, Picture>

export type PictureId = keyof typeof pictures

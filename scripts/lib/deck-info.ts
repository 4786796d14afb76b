import { join } from 'node:path'
import { load } from '@slidev/parser/fs'

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..')

export interface SlideInfo {
  /** 1-based slide number as routed (/N). */
  no: number
  title: string
  /** Speaker notes as written (markdown), '' if none. */
  note: string
  frontmatter: Record<string, unknown>
}

/** The deck's slides as Slidev parses them (imports resolved, hidden slides excluded). */
export async function readSlides(entry = join(PROJECT_ROOT, 'slides.md')): Promise<SlideInfo[]> {
  const root = join(entry, '..')
  const data = await load({
    userRoot: root,
    roots: [root],
    allowedRoots: [root],
  } as never, entry)
  return data.slides
    .filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide)
    .map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      note: slide.note ?? '',
      frontmatter: slide.frontmatter ?? {},
    }))
}

export async function countSlides(entry?: string): Promise<number> {
  return (await readSlides(entry)).length
}

import type { SlideInfo } from './lib/deck-info.ts'
/**
 * Exports the PDFs into exports/ (or DECK_EXPORT_DIR):
 *   deepseek-meteoric-rise.pdf         one page per slide, final click state
 *   deepseek-meteoric-rise-clicks.pdf  one page per click step
 *   deepseek-meteoric-rise-handout.pdf A4, each slide with its speaker notes below
 *   deepseek-meteoric-rise-3up.pdf     A4, three slides per page with ruled space for the reader's notes
 *   deepseek-meteoric-rise-transcript.html / .md  the talk as an article, sources at the end
 * Both tagged (structure tree, /Lang), with metadata, bookmarks by act and slide, working internal links.
 * Each file is written under a temporary name and renamed when complete: a failed export keeps the last good PDFs.
 */
import type { HandoutKind } from './lib/handout.ts'
import type { OutlineEntry } from './lib/pdf-document.ts'
import type { PrintedDeck, PrintMode } from './lib/print-deck.ts'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { actHeading } from '../components/slide-footer.ts'
import { asOfLabel } from '../data/as-of.ts'
import { numberedSources } from '../data/citations.ts'
import { readDeckConfig, releaseUrlProblem } from '../deck.config.ts'
import { replaceWith, temporaryPath } from './lib/atomic.ts'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { readSlides, routeAliases } from './lib/deck-info.ts'
import { exportDir } from './lib/export-dir.ts'
import { handoutSlidesOf, printHandout } from './lib/handout.ts'
import { finishPdf } from './lib/pdf-document.ts'
import { printDeck, withExportServer } from './lib/print-deck.ts'
import { transcriptHtml, transcriptMarkdown } from './lib/transcript.ts'
import { runMain, UserError } from './lib/user-error.ts'

export const EXPORT_BASENAME = 'deepseek-meteoric-rise'
export const EXPORT_FILES = {
  slides: `${EXPORT_BASENAME}.pdf`,
  clicks: `${EXPORT_BASENAME}-clicks.pdf`,
  handout: `${EXPORT_BASENAME}-handout.pdf`,
  threeUp: `${EXPORT_BASENAME}-3up.pdf`,
  transcriptHtml: `${EXPORT_BASENAME}-transcript.html`,
  transcriptMd: `${EXPORT_BASENAME}-transcript.md`,
  /** Where each slide and block of prose sits on each page of the notes handout (not a download): its size checks read it. */
  handoutLayout: `${EXPORT_BASENAME}-handout.layout.json`,
} as const

/** Bookmarks: one per act, with its slides inside, each opening the slide's first page. */
export function outlineFor(slides: SlideInfo[], pages: string[]): OutlineEntry[] {
  const firstPage = (no: number) => pages.findIndex(id => Number(id.split('-')[0]) === no)
  const frontmatters = slides.map(s => s.frontmatter)
  const outline: OutlineEntry[] = []
  for (const slide of slides) {
    const title = actHeading(frontmatters, slide.no)
    let group = outline.at(-1)
    if (group?.title !== title) {
      group = {
        title,
        page: firstPage(slide.no),
        children: [],
      }
      outline.push(group)
    }
    group.children!.push({
      title: `${slide.no}. ${slide.title}`,
      page: firstPage(slide.no),
    })
  }
  return outline
}

/** Handout bookmarks: each slide at the page where it starts. */
export function handoutOutline(slides: SlideInfo[], startPage: Record<number, number>): OutlineEntry[] {
  return slides.map(s => ({ title: `${s.no}. ${s.title}`, page: startPage[s.no] }))
}

async function writeAtomically(target: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = temporaryPath(target)
  try {
    await writeFile(temporary, bytes)
    await replaceWith(temporary, target)
  }
  finally {
    await rm(temporary, { force: true })
  }
}

if (import.meta.main) {
  await runMain(async () => {
    const problem = process.argv.includes('--release')
      ? releaseUrlProblem()
      : undefined
    if (problem)
      throw new UserError(`Not exporting a release: ${problem}`)
    const executablePath = findChromium()
    const dir = exportDir()
    await mkdir(dir, { recursive: true })
    const slides = await readSlides()
    const head = slides[0].frontmatter
    const meta = {
      title: String(head.title),
      author: String(head.author),
      subject: String(head.info),
      keywords: String(head.keywords).split(',').map(k => k.trim()),
      lang: String((head.htmlAttrs as { lang?: string } | undefined)?.lang ?? 'en'),
    }
    const deckUrl = readDeckConfig().url
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      await withExportServer(async (url) => {
        for (const [mode, file] of [
          ['final', EXPORT_FILES.slides],
          ['clicks', EXPORT_FILES.clicks],
        ] as Array<[PrintMode, string]>) {
          const started = performance.now()
          const printed: PrintedDeck = await printDeck(browser, url, mode, routeAliases(slides))
          const bytes = await finishPdf(printed.pdf, meta, outlineFor(slides, printed.pages))
          await writeAtomically(join(dir, file), bytes)
          console.log(`✔ ${join(dir, file)}: ${printed.pages.length} pages, ${(bytes.length / 1024).toFixed(0)} KiB, ${((performance.now() - started) / 1000).toFixed(1)} s`)
        }
        const handoutSlides = handoutSlidesOf(slides)
        for (const [kind, file] of [
          ['notes', EXPORT_FILES.handout],
          ['three-up', EXPORT_FILES.threeUp],
        ] as Array<[HandoutKind, string]>) {
          const started = performance.now()
          const printed = await printHandout(browser, url, kind, handoutSlides, {
            title: meta.title,
            url: deckUrl,
            asOf: asOfLabel(),
          })
          const bytes = await finishPdf(printed.pdf, { ...meta, title: `${meta.title}: ${kind === 'notes'
            ? 'handout with notes'
            : 'three slides per page'}` }, handoutOutline(slides, printed.startPage))
          await writeAtomically(join(dir, file), bytes)
          if (kind === 'notes')
            await writeAtomically(join(dir, EXPORT_FILES.handoutLayout), `${JSON.stringify({ pageCount: printed.pageCount, startPage: printed.startPage, regions: printed.regions })}\n`)
          console.log(`✔ ${join(dir, file)}: ${printed.pageCount} pages, ${(bytes.length / 1024).toFixed(0)} KiB, ${((performance.now() - started) / 1000).toFixed(1)} s`)
        }
      })
      const transcriptMeta = {
        title: meta.title,
        subtitle: meta.subject,
        url: deckUrl,
        asOf: asOfLabel(),
      }
      await writeAtomically(join(dir, EXPORT_FILES.transcriptHtml), transcriptHtml(slides, numberedSources, transcriptMeta))
      await writeAtomically(join(dir, EXPORT_FILES.transcriptMd), transcriptMarkdown(slides, numberedSources, transcriptMeta))
      console.log(`✔ ${join(dir, EXPORT_FILES.transcriptHtml)} and .md`)
    }
    finally {
      await browser.close()
    }
  })
}

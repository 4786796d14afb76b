/**
 * The reader edition, `read/index.html` in the public build: every slide as the app draws it on the page, each
 * followed by its notes as prose; readable with JavaScript off, light or dark from the system, offline once the
 * service worker has it. Made by `npm run build` from the built app and the same Markdown, so it cannot drift.
 */
import type { Capture } from './reader-capture.ts'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { asOfLabel } from '../../data/as-of.ts'
import { readSlides, routeAliases } from '../lib/deck-info.ts'
import { handoutSlidesOf } from '../lib/handout.ts'
import { inlineReaderCss } from './reader-css.ts'
import { readerHtml } from './reader-html.ts'
import { withPrecachedPage } from './service-worker.ts'

export const READER_PATH = 'read/index.html'

export async function writeReader(dir: string, base: string, capture: Capture, entry?: string): Promise<string> {
  const slides = await readSlides(entry)
  const handout = handoutSlidesOf(slides)
  const head = slides[0].frontmatter
  const html = readerHtml({
    title: String(head.title ?? slides[0].title),
    lang: String((head.htmlAttrs as { lang?: string } | undefined)?.lang ?? 'en'),
    asOf: asOfLabel(),
    stylesheets: capture.stylesheets,
    styles: capture.styles,
    aliases: routeAliases(slides),
    base,
  }, capture.slides.map((c, i) => ({
    no: c.no,
    title: slides[i].title,
    act: handout[i].act,
    html: c.html,
    notes: handout[i].notes,
    interactive: /<(?:KvCacheCalculator|MoeRouter)\b/.test(slides[i].content),
  })))
  const page = await inlineReaderCss(html, dir)
  await mkdir(join(dir, 'read'), { recursive: true })
  await writeFile(join(dir, READER_PATH), page)
  const sw = join(dir, 'sw.js')
  if (existsSync(sw))
    await writeFile(sw, withPrecachedPage(await readFile(sw, 'utf8'), READER_PATH, page))
  return join(dir, READER_PATH)
}

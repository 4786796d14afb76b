import type { Browser } from 'playwright-core'
import type { SlideInfo } from './deck-info.ts'
import { actHeading } from '../../components/slide-footer.ts'
import { isAfterEnd } from './deck-info.ts'
import { inlineMarkdownToHtml, noteParagraphs } from './notes-text.ts'
import { openPrintPage, refuseCrowdedPages } from './print-deck.ts'

export type HandoutKind = 'notes' | 'three-up'

export interface HandoutSlide {
  no: number
  title: string
  act: string
  /** Notes as HTML paragraphs (already escaped). */
  notes: string[]
  /** A page after the closing slide (Sources, data): printed wide, one to a page, in its stage sizes. */
  afterEnd?: boolean
}

/** The handout's view of the deck: notes as public prose, and which pages come after the closing slide. */
export function handoutSlidesOf(slides: SlideInfo[]): HandoutSlide[] {
  const frontmatters = slides.map(s => s.frontmatter)
  return slides.map((s, i) => ({
    no: s.no,
    title: s.title,
    act: actHeading(frontmatters, s.no),
    notes: noteParagraphs(s.note).map(inlineMarkdownToHtml),
    afterEnd: isAfterEnd(slides, i),
  }))
}

/** A part of a printed page, in PDF points (origin bottom left), for checking text sizes by role. */
export interface HandoutRegion {
  page: number
  kind: 'slide' | 'prose' | 'furniture'
  x: number
  y: number
  width: number
  height: number
}

export interface PrintedHandout {
  pdf: Uint8Array
  /** 0-based page on which each slide starts, by slide number. */
  startPage: Record<number, number>
  pageCount: number
  regions: HandoutRegion[]
}

/**
 * The slidedoc. A4, 11 mm side margins. Live slides print at 0.62 of the canvas, two to a page with their notes as
 * 10 pt prose, their reference text raised to 16 px so it prints at 7.4 pt; a pair that does not fit goes one to a
 * page, and long notes continue on the next. Pages after the end print at 0.722 (13 px → 7.0 pt), one to a page.
 */
const HANDOUT_CSS = `
@page { size: A4; margin: 0; }
html, body { background: #fff !important; margin: 0; }
#app { display: none !important; }
#handout { font-family: Inter, 'Deck CJK', sans-serif; color: #14171f; }
.hand-page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 10mm 11mm 8mm; display: flex; flex-direction: column; break-after: page; overflow: hidden; }
.hand-page:last-child { break-after: auto; }
.hand-body { flex: 1; overflow: hidden; }
.hand-block + .hand-block { margin-top: 5mm; padding-top: 4mm; border-top: 0.3mm solid #c9ced8; }
.hand-head { font-size: 9pt; color: #4a5160; margin: 0 0 2mm; letter-spacing: 0.02em; }
.hand-head strong { color: #14171f; }
.hand-slide { border: 0.3mm solid #c9ced8; width: max-content; }
.hand-notes { margin-top: 3mm; }
.hand-notes p { font-size: 10pt; line-height: 1.38; margin: 0 0 1.8mm; }
.hand-foot { display: flex; justify-content: space-between; gap: 4mm; font-size: 8pt; color: #4a5160; border-top: 0.3mm solid #c9ced8; padding-top: 2mm; }
.notes .hand-slide .print-slide-container { zoom: 0.62; --deck-size-reference: 16px; }
.notes .hand-slide.wide .print-slide-container { zoom: 0.722; --deck-size-reference: 13px; }
.three-row { display: grid; grid-template-columns: max-content 1fr; gap: 6mm; margin-bottom: 7mm; align-items: start; }
.three-up .hand-slide .print-slide-container { zoom: 0.47; }
.lines { display: flex; flex-direction: column; }
.lines span { display: block; height: 7.2mm; border-bottom: 0.25mm solid #c9ced8; }
.lines-label { font-size: 8pt; color: #4a5160; margin: 0; }
`

/**
 * Lays the deck's printed slides out on A4 in the browser and prints it: the slidedoc (vector slides with their notes
 * as prose, two to a page where they fit, one where they do not; long notes continue on the next page; a slide is
 * never split), or three slides per page with ruled lines.
 * The footer is set in the deck's own font, with page numbers, the deck title, the date its facts are current to
 * and its URL.
 */
export async function printHandout(browser: Browser, url: string, kind: HandoutKind, slides: HandoutSlide[], deck: { title: string, url: string, asOf: string }, extraCss = ''): Promise<PrintedHandout> {
  const page = await browser.newPage({
    viewport: { width: 980, height: 551 },
  })
  try {
    await openPrintPage(page, url, 'final')
    await page.addStyleTag({ content: HANDOUT_CSS + extraCss })
    const layout = await page.evaluate(({ kind, slides, deck }) => {
      const el = (tag: string, cls?: string, text?: string) => {
        const node = document.createElement(tag)
        if (cls)
          node.className = cls
        if (text)
          node.textContent = text
        return node
      }
      const containers = new Map([
        ...document.querySelectorAll<HTMLElement>('.print-slide-container'),
      ].map(c => [
        Number(c.id.split('-')[0]),
        c,
      ]))
      const book = el('main')
      book.id = 'handout'
      book.className = kind
      book.lang = 'en'
      document.body.append(book)
      const pages: HTMLElement[] = []
      const newPage = () => {
        const section = el('section', 'hand-page')
        const body = el('div', 'hand-body')
        section.append(body, el('footer', 'hand-foot'))
        book.append(section)
        pages.push(section)
        return body
      }
      const overflows = (body: HTMLElement) => body.scrollHeight > body.clientHeight + 1
      const frame = (no: number) => {
        const box = el('div', 'hand-slide')
        const slide = containers.get(no)
        if (!slide)
          throw new Error(`Slide ${no} is missing from the print page`)
        box.append(slide)
        return box
      }
      const startPage: Record<number, number> = {}
      if (kind === 'notes') {
        let body = newPage()
        let blocks = 0
        for (const slide of slides) {
          const block = el('section', 'hand-block')
          const head = el('p', 'hand-head')
          head.innerHTML = `<strong>Slide ${slide.no} of ${slides.length}</strong> · ${slide.act}`
          const box = frame(slide.no)
          if (slide.afterEnd)
            box.classList.add('wide')
          let notes = el('div', 'hand-notes')
          block.append(head, box, notes)
          // A page after the end, or a slide that would share a page already holding two, starts a new page.
          if (blocks >= 2 || (blocks > 0 && slide.afterEnd)) {
            body = newPage()
            blocks = 0
          }
          body.append(block)
          if (blocks > 0 && overflows(body)) {
            block.remove()
            body = newPage()
            blocks = 0
            body.append(block)
          }
          startPage[slide.no] = pages.length - 1
          blocks++
          for (const [i, html] of slide.notes.entries()) {
            const p = el('p')
            p.innerHTML = html
            notes.append(p)
            if (!overflows(body))
              continue
            if (i === 0 && blocks > 1) {
              // Not even the first paragraph fits beside the other slide: this slide takes a page of its own.
              block.remove()
              body = newPage()
              blocks = 1
              body.append(block)
              startPage[slide.no] = pages.length - 1
              if (!overflows(body))
                continue
            }
            if (notes.childElementCount > 1) {
              p.remove()
              body = newPage()
              blocks = 2
              const cont = el('p', 'hand-head')
              cont.innerHTML = `<strong>Slide ${slide.no} of ${slides.length}, notes continued</strong> · ${slide.title}`
              notes = el('div', 'hand-notes')
              const more = el('section', 'hand-block')
              more.append(cont, notes)
              body.append(more)
              notes.append(p)
            }
          }
          if (slide.afterEnd)
            blocks = 2
        }
      }
      else {
        for (let i = 0; i < slides.length; i += 3) {
          const body = newPage()
          for (const slide of slides.slice(i, i + 3)) {
            startPage[slide.no] = pages.length - 1
            const row = el('div', 'three-row')
            const lines = el('div', 'lines')
            lines.setAttribute('aria-label', `Space for your notes on slide ${slide.no}`)
            lines.append(el('p', 'lines-label', `Notes · slide ${slide.no}`))
            for (let l = 0; l < 8; l++)
              lines.append(el('span'))
            row.append(frame(slide.no), lines)
            body.append(row)
          }
        }
      }
      pages.forEach((section, i) => {
        const foot = section.querySelector<HTMLElement>(':scope > footer.hand-foot')!
        foot.append(el('span', '', `${deck.title} · facts as of ${deck.asOf}`), el('span', '', deck.url), el('span', '', `page ${i + 1} of ${pages.length}`))
      })
      // Where each kind of text sits, in PDF points (1 CSS px = 0.75 pt; y from the page's bottom edge).
      const regions: Array<{ page: number, kind: 'slide' | 'prose' | 'furniture', x: number, y: number, width: number, height: number }> = []
      pages.forEach((section, i) => {
        const top = section.getBoundingClientRect().top
        const left = section.getBoundingClientRect().left
        const add = (node: Element, kind: 'slide' | 'prose' | 'furniture') => {
          const r = node.getBoundingClientRect()
          regions.push({
            page: i + 1,
            kind,
            x: (r.left - left) * 0.75,
            y: (section.getBoundingClientRect().height - (r.bottom - top)) * 0.75,
            width: r.width * 0.75,
            height: r.height * 0.75,
          })
        }
        section.querySelectorAll('.hand-slide').forEach(n => add(n, 'slide'))
        section.querySelectorAll('.hand-notes').forEach(n => add(n, 'prose'))
        section.querySelectorAll('.hand-head, .hand-foot, .lines').forEach(n => add(n, 'furniture'))
      })
      return { startPage, pageCount: pages.length, regions }
    }, { kind, slides, deck })
    await page.evaluate(() => document.fonts.ready)
    await refuseCrowdedPages(page, kind === 'notes'
      ? 'In the handout'
      : 'In the 3-up handout')
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: false,
      preferCSSPageSize: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    })
    return { pdf, ...layout }
  }
  finally {
    await page.close()
  }
}

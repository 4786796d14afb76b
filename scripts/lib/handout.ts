import type { Browser } from 'playwright-core'
import { openPrintPage } from './print-deck.ts'

export type HandoutKind = 'notes' | 'three-up'

export interface HandoutSlide {
  no: number
  title: string
  act: string
  /** Notes as HTML paragraphs (already escaped). */
  notes: string[]
}

export interface PrintedHandout {
  pdf: Uint8Array
  /** 0-based page on which each slide starts, by slide number. */
  startPage: Record<number, number>
  pageCount: number
}

const HANDOUT_CSS = `
@page { size: A4; margin: 0; }
html, body { background: #fff !important; margin: 0; }
#app { display: none !important; }
#handout { font-family: Inter, 'Deck CJK', sans-serif; color: #14171f; }
.hand-page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 13mm 15mm 10mm; display: flex; flex-direction: column; break-after: page; overflow: hidden; }
.hand-page:last-child { break-after: auto; }
.hand-body { flex: 1; overflow: hidden; }
.hand-head { font-size: 9.5pt; color: #4a5160; margin: 0 0 3mm; letter-spacing: 0.02em; }
.hand-head strong { color: #14171f; }
.hand-slide { border: 0.3mm solid #c9ced8; width: max-content; }
.hand-notes { margin-top: 5mm; }
.hand-notes p { font-size: 11pt; line-height: 1.5; margin: 0 0 2.6mm; }
.hand-foot { display: flex; justify-content: space-between; gap: 4mm; font-size: 8.5pt; color: #4a5160; border-top: 0.3mm solid #c9ced8; padding-top: 2mm; }
.notes .hand-slide .print-slide-container { zoom: 0.7; }
.three-row { display: grid; grid-template-columns: max-content 1fr; gap: 6mm; margin-bottom: 7mm; align-items: start; }
.three-up .hand-slide .print-slide-container { zoom: 0.47; }
.lines { display: flex; flex-direction: column; }
.lines span { display: block; height: 7.2mm; border-bottom: 0.25mm solid #c9ced8; }
.lines-label { font-size: 8pt; color: #4a5160; margin: 0; }
`

/**
 * Lays the deck's printed slides out on A4 in the browser and prints it: vector slides, with their notes below
 * (continued on the next page when long; a slide is never split), or three slides per page with ruled lines.
 * The footer is set in the deck's own font, with page numbers, the deck title, the date its facts are current to
 * and its URL.
 */
export async function printHandout(browser: Browser, url: string, kind: HandoutKind, slides: HandoutSlide[], deck: { title: string, url: string, asOf: string }): Promise<PrintedHandout> {
  const page = await browser.newPage({
    viewport: { width: 980, height: 551 },
  })
  try {
    await openPrintPage(page, url, 'final')
    await page.addStyleTag({ content: HANDOUT_CSS })
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
        for (const slide of slides) {
          let body = newPage()
          startPage[slide.no] = pages.length - 1
          const head = el('p', 'hand-head')
          head.innerHTML = `<strong>Slide ${slide.no} of ${slides.length}</strong> · ${slide.act}`
          let notes = el('div', 'hand-notes')
          body.append(head, frame(slide.no), notes)
          for (const html of slide.notes) {
            const p = el('p')
            p.innerHTML = html
            notes.append(p)
            if (overflows(body) && notes.childElementCount > 1) {
              p.remove()
              body = newPage()
              const cont = el('p', 'hand-head')
              cont.innerHTML = `<strong>Slide ${slide.no} of ${slides.length}, notes continued</strong> · ${slide.title}`
              notes = el('div', 'hand-notes')
              body.append(cont, notes)
              notes.append(p)
            }
          }
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
      return { startPage, pageCount: pages.length }
    }, { kind, slides, deck })
    await page.evaluate(() => document.fonts.ready)
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

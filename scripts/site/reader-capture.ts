import type { Page } from 'playwright-core'
import { launchChromium } from '../lib/launch-chromium.ts'
import { serveStatic } from '../lib/static-server.ts'

/** One slide as the built app draws it in page mode, at its final click step. */
export interface CapturedSlide {
  no: number
  /** The slide's `.slidev-layout` and source line, as HTML, with interactive controls disabled. */
  html: string
}

/** One slide as the app first draws it on stage (click 0): what the slide's HTML page paints before the app loads. */
export interface CapturedSnapshot {
  no: number
  /** Slidev's `#slide-container` for the slide, ids prefixed with `snap-`, the scale left to `--deck-snap-scale`. */
  html: string
  /** The slide canvas in CSS pixels (Slidev's canvas width and the deck's aspect ratio). */
  canvas: { width: number, height: number }
  /** Stylesheets the app had loaded for this slide, as paths under the base. */
  stylesheets: string[]
  /** Font files the slide used, as paths under the base. */
  fonts: string[]
}

export interface Capture {
  slides: CapturedSlide[]
  snapshots: CapturedSnapshot[]
  /** Stylesheets the app loaded for these slides, as paths under the base (e.g. `assets/index-abc.css`). */
  stylesheets: string[]
  /** Inline `<style>` texts the app added (tokens, UnoCSS). */
  styles: string[]
}

/** Waits for slide `no`: drawn, diagrams in, fonts loaded, no animation running. */
async function settleSlide(page: Page, no: number): Promise<void> {
  await page.locator(`#slideshow .slidev-page-${no}`).waitFor({ state: 'visible', timeout: 20_000 })
  await page.waitForFunction(n => !document.querySelector('.slidev-slide-loading')
    && [
      ...document.querySelectorAll(`#slideshow .slidev-page-${n} .deck-diagram`),
    ].every(d => d.querySelector('svg')), no, { timeout: 20_000 })
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  })
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'), undefined, { timeout: 10_000 })
  // Form state lives in properties, which a copy of the markup does not carry: write it into attributes.
  await page.evaluate(() => {
    for (const input of document.querySelectorAll<HTMLInputElement>('#slideshow input')) {
      if (input.type === 'checkbox' || input.type === 'radio')
        input.toggleAttribute('checked', input.checked)
      else
        input.setAttribute('value', input.value)
    }
  })
}

/** In the page: slide `no` as drawn at click 0, made safe to sit beside the app (its own ids, its own scale). */
function takeSnapshot({ no, base }: { no: number, base: string }): Omit<CapturedSnapshot, 'no'> {
  const underBase = (url: string) => {
    const path = new URL(url, location.href).pathname
    return path.startsWith(base)
      ? path.slice(base.length)
      : undefined
  }
  const live = document.querySelector<HTMLElement>('#slide-content')!
  const container = document.querySelector('#slide-container')!.cloneNode(true) as HTMLElement
  // The navigation bar, the deck's own live region (global-top.vue) and any other slide are the app's, not the slide's.
  for (const extra of container.querySelectorAll(`#slide-container > :not(#slide-content), #slide-content > [aria-live], #slideshow > .slidev-page:not(.slidev-page-${no})`))
    extra.remove()
  for (const element of [
    container,
    ...container.querySelectorAll<HTMLElement>('#slide-content, #slideshow'),
  ])
    element.id = `snap-${element.id}`
  const content = container.querySelector<HTMLElement>('#snap-slide-content')!
  content.style.setProperty('--slidev-slide-scale', 'var(--deck-snap-scale)')
  return {
    html: container.outerHTML,
    canvas: {
      width: Number.parseFloat(live.style.width),
      height: Number.parseFloat(live.style.height),
    },
    stylesheets: [
      ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
    ].map(l => underBase(l.href)).filter(p => p !== undefined),
    fonts: performance.getEntriesByType('resource').map(e => e.name).filter(n => /\.woff2?$/.test(n)).map(underBase).filter(p => p !== undefined),
  }
}

/**
 * Opens every slide of a built deck (served under its base) twice and takes its DOM: at click 0 on stage, for the
 * slide's own page to paint before the app loads (snapshots.ts), and at its final click step in page mode
 * (`.deck-page`), for the reader. Both are what the app itself draws, so neither can drift from it.
 */
export async function captureSlides(dir: string, base: string, count: number): Promise<Capture> {
  const server = await serveStatic(dir, base)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
      serviceWorkers: 'block',
    })
    const slides: CapturedSlide[] = []
    const snapshots: CapturedSnapshot[] = []
    const sheets = new Set<string>()
    const styles = new Set<string>()
    for (let no = 1; no <= count; no++) {
      await page.goto(`${server.url}${no}`, { waitUntil: 'load' })
      await settleSlide(page, no)
      snapshots.push({
        no,
        ...await page.evaluate(takeSnapshot, { no, base }),
      })
      // A slide without click steps is already at its last one: the second load is needed only for the others.
      const clicksTotal = await page.evaluate(() => Number(document.querySelector('[data-testid="live-region"]')?.getAttribute('data-clicks-total') ?? Number.NaN))
      if (clicksTotal !== 0) {
        await page.goto(`${server.url}${no}?clicks=999`, { waitUntil: 'load' })
        await settleSlide(page, no)
      }
      const got = await page.evaluate(({ no, base }) => {
        document.querySelector('#slideshow')?.classList.add('deck-page')
        const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`)!
        const clone = root.cloneNode(true) as HTMLElement
        for (const control of clone.querySelectorAll<HTMLElement>('input, button, select, textarea'))
          control.setAttribute('disabled', '')
        for (const hidden of clone.querySelectorAll('.stage-only'))
          hidden.remove()
        // The page has one h1 (the deck's title); each slide's headline is a level-2 heading under it.
        for (const heading of clone.querySelectorAll('h1'))
          heading.setAttribute('aria-level', '2')
        // Drawings and tables (the chip data) that cannot reflow keep their size in a labelled scroll region a keyboard
        // can reach, one region for the outermost; those marked `deck-reflows` (the evidence ledger, the watch list:
        // grids of text and bars) go to one column instead (reader-html.ts).
        const wide = [
          ...clone.querySelectorAll<HTMLElement>('.deck-chart, .deck-diagram, .deck-drawing:not(.deck-reflows), [data-testid="kv-calculator"], table'),
        ]
        for (const drawing of wide.filter(el => !wide.some(other => other !== el && other.contains(el)))) {
          const wrap = document.createElement('div')
          wrap.className = 'reader-scroll'
          wrap.tabIndex = 0
          wrap.setAttribute('role', 'region')
          const named = drawing.querySelector('svg[aria-label], [role="img"][aria-label]')?.getAttribute('aria-label')
            ?? drawing.querySelector('svg title, caption')?.textContent
          wrap.setAttribute('aria-label', (named ?? `Figure on slide ${no}`).trim())
          drawing.replaceWith(wrap)
          wrap.append(drawing)
          // Prose that ends the drawing (a page-only list of its steps, a caption) is read, not scrolled: it goes
          // after the region, in the same order, and wraps to the phone's width. A page-only drawing is not prose.
          const prose: Element[] = []
          for (let last = drawing.lastElementChild; last?.matches('.page-only:not(svg), figcaption'); last = drawing.lastElementChild) {
            prose.unshift(last)
            last.remove()
          }
          wrap.after(...prose)
        }
        const layout = clone.querySelector('.slidev-layout')
        const footer = clone.querySelector('.deck-footer')
        const html = [layout?.outerHTML ?? clone.innerHTML, footer?.outerHTML ?? ''].join('\n')
        document.querySelector('#slideshow')?.classList.remove('deck-page')
        const sheets = [
          ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
        ]
          .map(l => new URL(l.href).pathname)
          .filter(p => p.startsWith(base))
          .map(p => p.slice(base.length))
        const styles = [
          ...document.querySelectorAll('style'),
        ].map(s => s.textContent ?? '').filter(Boolean)
        return { html, sheets, styles }
      }, { no, base })
      slides.push({ no, html: got.html })
      got.sheets.forEach(s => sheets.add(s))
      got.styles.forEach(s => styles.add(s))
    }
    return {
      slides,
      snapshots,
      stylesheets: [...sheets],
      styles: [...styles],
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

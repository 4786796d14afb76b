import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { join } from 'node:path'
import { PROJECT_ROOT } from './deck-info.ts'
import { pageOverflows } from './page-overflow.ts'
import { UserError } from './user-error.ts'

export type PrintMode = 'final' | 'clicks'

export interface PrintedDeck {
  pdf: Uint8Array
  /** Print container ids in page order: "005-02" is slide 5 at click step 2 (1-based). */
  pages: string[]
}

/**
 * Runs `fn` with Slidev's export-mode server (the one `slidev export` uses, with its print route) on loopback. The
 * server binds a port the system picks (0) and reports it: a port chosen beforehand could be taken by another
 * process (another export, a parallel test) before the server listened on it.
 */
export async function withExportServer<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({
    entry: join(PROJECT_ROOT, 'slides.md'),
  }, 'export')
  const server = await createServer(options, {
    server: { port: 0, host: '127.0.0.1', strictPort: true },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen()
  try {
    const { port } = server.httpServer!.address() as AddressInfo
    return await fn(`http://127.0.0.1:${port}/`)
  }
  finally {
    await server.close()
  }
}

/**
 * Prints the deck's print page in one piece: every slide (final click state) or every click step. Before printing,
 * links between slides are pointed at the print page's own anchors, and each citation marker links to its entry
 * on the Sources slide, so Chromium turns both into internal PDF links.
 */
/**
 * Opens the print page and waits until every slide is drawn: no loading slide, every diagram rendered, fonts
 * ready. A page error or a broken diagram stops the export with one sentence saying what to do.
 */
export async function openPrintPage(page: Page, url: string, mode: PrintMode, timeout = 120_000): Promise<void> {
  const problems: string[] = []
  page.on('pageerror', error => problems.push(error.message))
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.push(msg.text())
  })
  await page.goto(`${url}print?print=${mode === 'clicks'
    ? 'clicks'
    : 'true'}`, { waitUntil: 'networkidle', timeout })
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
  await page.locator('.print-slide-container').first().waitFor({ timeout })
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading')
    && !document.querySelector('#mermaid-rendering-container > div')
    && [
      ...document.querySelectorAll<HTMLElement>('.mermaid'),
    ].every(m => m.shadowRoot?.querySelector('svg') || m.querySelector('svg')), undefined, { timeout })
  // Load every declared face now: a weight first used on a later page would otherwise print in a fallback font.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map(face => face.load().catch(() => undefined)))
    await document.fonts.ready
  })
  if (problems.length)
    throw new UserError(`The deck reported an error while printing (${problems[0].slice(0, 200)}); open it with npm run dev to find the slide.`)
  if (await page.locator('.print-slide-container pre[border*="red"]').count())
    throw new UserError('A mermaid diagram failed to render (a red error box is on the page); fix the diagram text and export again.')
  await refuseCrowdedPages(page)
}

/**
 * Refuses a page whose content runs into its source line or off the slide, naming slide and click. Run on the print
 * page, and again on each handout once its slides are laid out at the handout's size (text can wrap differently).
 */
export async function refuseCrowdedPages(page: Page, where = 'On the page'): Promise<void> {
  const crowded = await page.evaluate(pageOverflows)
  if (crowded.length) {
    const list = crowded.map((c) => {
      const [slide, click] = c.id.split('-').map(Number)
      return `slide ${slide}${click
        ? `, click ${click}`
        : ''} by ${c.px} px`
    }).join('; ')
    throw new UserError(`${where}, content runs into the ${crowded[0].into} (${list}): shorten the slide's page-only text, or draw it smaller on the page with :is(.print-slide-container, .deck-page), and export again.`)
  }
}

export async function printDeck(browser: Browser, url: string, mode: PrintMode, aliases: Record<string, number>, timeout = 120_000): Promise<PrintedDeck> {
  const page = await browser.newPage({
    viewport: { width: 980, height: 551 },
  })
  try {
    await openPrintPage(page, url, mode, timeout)
    const pages = await page.evaluate(({ aliases }) => {
      const containers = [
        ...document.querySelectorAll<HTMLElement>('.print-slide-container'),
      ]
      const firstPageOf = new Map<number, string>()
      for (const c of containers) {
        const no = Number(c.id.split('-')[0])
        if (!firstPageOf.has(no))
          firstPageOf.set(no, c.id)
      }
      for (const a of document.querySelectorAll<HTMLAnchorElement>('.print-slide-container a[href]')) {
        const href = a.getAttribute('href') ?? ''
        const target = new URL(href, location.href)
        if (target.origin !== location.origin)
          continue
        const path = href.startsWith('#')
          ? href.slice(1)
          : target.pathname.replace(/^\/+|\/+$/g, '')
        const no = /^\d+$/.test(path)
          ? Number(path)
          : aliases[path]
        if (no && firstPageOf.has(no))
          a.setAttribute('href', `#${firstPageOf.get(no)}`)
      }
      for (const cite of document.querySelectorAll<HTMLElement>('.deck-cite[data-source]')) {
        const id = `source-${cite.dataset.source}`
        if (!document.getElementById(id) || cite.closest('a'))
          continue
        const link = document.createElement('a')
        link.href = `#${id}`
        cite.replaceWith(link)
        link.append(cite)
      }
      return containers.map(c => c.id)
    }, { aliases })
    const pdf = await page.pdf({
      width: '980px',
      height: '551px',
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      // The print page breaks after every slide, which would leave an empty last page.
      pageRanges: `1-${pages.length}`,
      tagged: true,
      outline: false,
    })
    return { pdf, pages }
  }
  finally {
    await page.close()
  }
}

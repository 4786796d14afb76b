import type { Page, Request } from '@playwright/test'
import { slideDomProblems, sourcesColumnProblems } from '../browsers/probes.ts'

/** One place the harness found something wrong, with the slide and click step that shows it. */
export interface Problem {
  slide: number | '?'
  click: number
  kind: 'console' | 'page-error' | 'failed-request' | 'external-request' | 'overflow' | 'empty' | 'mermaid-error' | 'accessibility' | 'layout-shift' | 'diagram' | 'chart' | 'layout' | 'stage'
  detail: string
}

export interface Step {
  slide: number
  click: number
}

/**
 * Console messages the harness itself causes, each with why it is not the deck's fault. Nothing else is ignored.
 */
export const HARNESS_NOISE: Array<{ pattern: RegExp, why: string }> = [
  { pattern: /net::ERR_BLOCKED_BY_CLIENT/, why: 'the walk aborts requests to other hosts and reports them itself' },
  { pattern: /Service Worker registration blocked by Playwright/, why: 'the walk blocks service workers so every request reaches the server; offline is tested separately' },
]

/** A per-step check later issues add to the one walk (accessibility, contrast, …). */
export type StepCheck = (page: Page, step: Step) => Promise<Problem[]>

export interface WalkResult {
  steps: Step[]
  problems: Problem[]
}

/** Slide and click step from a deck URL: `/base/5?clicks=2`, or `/base/act-rise` for a slide with a routeAlias. */
export function parseStep(href: string, base: string, aliases: Record<string, number> = {}): Step | undefined {
  const url = new URL(href)
  if (!url.pathname.startsWith(base))
    return undefined
  const path = url.pathname.slice(base.length).replace(/\/$/, '')
  const slide = /^\d+$/.test(path)
    ? Number(path)
    : aliases[decodeURIComponent(path)]
  if (slide === undefined)
    return undefined
  return {
    slide,
    click: Number(url.searchParams.get('clicks') ?? 0),
  }
}

export function formatProblem(p: Problem): string {
  return `slide ${p.slide}, click ${p.click}: ${p.kind}: ${p.detail}`
}

/** Moves a loaded deck to `url` as its router does on Back and Forward: the app is not loaded again. */
export async function goInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, url)
}

/** Waits until the slide is drawn and every CSS transition or animation has finished. */
export async function settle(page: Page, slide: number): Promise<void> {
  await page.locator(`#slideshow .slidev-page-${slide}`).waitFor({ state: 'visible', timeout: 15_000 })
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'), undefined, { timeout: 10_000 })
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), undefined, { timeout: 10_000 })
  // Async pieces (mermaid, components, the slide's own lazily loaded chunk on a busy 2-core machine) may still be
  // drawing: wait until the slide shows content and each diagram has either its SVG or its error box. If that never
  // happens, the checks below report the slide (one CI run found slide 3 without its heading; another read slide
  // 12's footer alone).
  await page.waitForFunction((no) => {
    const root = document.querySelector(`#slideshow .slidev-page-${no}`)
    if (!root)
      return false
    const errorShown = root.querySelector('pre[border*="red"]') !== null
    // The slide's own layout, not only its source line (drawn first, outside the layout, while the slide's chunk may
    // still be loading), must have content: a page that has only the footer is not drawn yet.
    if (!errorShown && !(root.querySelector('.slidev-layout')?.textContent ?? '').trim())
      return false
    return errorShown || ([
      ...root.querySelectorAll<HTMLElement>('.mermaid'),
    ].every(m => m.shadowRoot?.querySelector('svg')) && [
      ...root.querySelectorAll<HTMLElement>('.deck-diagram'),
    ].every(d => d.querySelector('svg')))
  }, slide, { timeout: 15_000 }).catch(() => undefined)
}

/** DOM checks on the current slide: overflow of the canvas, empty slide, mermaid errors (tests/browsers/probes.ts). */
async function checkSlideDom(page: Page, step: Step): Promise<Problem[]> {
  const found = await page.evaluate(slideDomProblems, step.slide)
  const columns = await page.evaluate(sourcesColumnProblems, step.slide)
  return [
    ...found.map(p => ({ ...p, slide: step.slide, click: step.click }) as Problem),
    ...columns.map(detail => ({
      slide: step.slide,
      click: step.click,
      kind: 'layout',
      detail,
    }) as Problem),
  ]
}

/** One step, once it has settled: the DOM checks, then each extra check. */
async function checkStep(page: Page, step: Step, extraChecks: StepCheck[]): Promise<Problem[]> {
  await settle(page, step.slide)
  const problems = await checkSlideDom(page, step)
  for (const check of extraChecks)
    problems.push(...await check(page, step))
  return problems
}

/** Presses → as a clicker does; false when the deck did not move (the last step). */
async function pressNext(page: Page): Promise<boolean> {
  const before = page.url()
  await page.keyboard.press('ArrowRight')
  return page.waitForURL(url => url.href !== before, { timeout: 2_000 }).then(() => true, () => false)
}

/** Which slide references a URL (img src, link href, …), once all slides are in the DOM. */
async function slideReferencing(page: Page, url: string): Promise<number | '?'> {
  return page.evaluate((target) => {
    for (const el of document.querySelectorAll<HTMLElement>('[src], [href], [srcset], [data]')) {
      const refs = ['src', 'href', 'srcset', 'data'].map(a => el.getAttribute(a) ?? '')
      if (refs.some(ref => ref && (ref === target || target.startsWith(ref) || ref.includes(target)))) {
        const page = el.closest('[data-slidev-no]')
        if (page)
          return Number(page.getAttribute('data-slidev-no'))
      }
    }
    return '?' as const
  }, url)
}

/**
 * The slide walk: opens slide 1 and presses → through every slide and click step to the end, checking each step.
 * Slide and click numbers are read from the URL the deck itself sets, never from a list.
 */
export interface WalkOptions {
  /** routeAlias → slide number, for slides whose URL is a name. */
  aliases?: Record<string, number>
  extraChecks?: StepCheck[]
}

export async function walkDeck(page: Page, deckUrl: string, { aliases = {}, extraChecks = [] }: WalkOptions = {}): Promise<WalkResult> {
  const origin = new URL(deckUrl).origin
  const base = new URL(deckUrl).pathname
  const problems: Problem[] = []
  const steps: Step[] = []
  let current: Step = { slide: 1, click: 0 }
  const externalUrls: Array<{ url: string, at: Step }> = []

  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    externalUrls.push({ url, at: current })
    return route.abort('blockedbyclient')
  })
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning')
      return
    const text = msg.text()
    if (HARNESS_NOISE.some(n => n.pattern.test(text)))
      return
    const tagged = text.match(/^\[deck\] slide (\d+):/)
    problems.push({
      slide: tagged
        ? Number(tagged[1])
        : current.slide,
      click: current.click,
      kind: 'console',
      detail: `${msg.type()}: ${text.slice(0, 300)}`,
    })
  })
  page.on('pageerror', error => problems.push({ ...current, kind: 'page-error', detail: error.message }))
  page.on('requestfailed', (request: Request) => {
    if (request.url().startsWith(origin))
      problems.push({ ...current, kind: 'failed-request', detail: `${request.url()}: ${request.failure()?.errorText}` })
  })
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400)
      problems.push({ ...current, kind: 'failed-request', detail: `${response.url()}: HTTP ${response.status()}` })
  })

  await page.goto(`${deckUrl}1`, { waitUntil: 'networkidle' })
  for (;;) {
    const step = parseStep(page.url(), base, aliases)
    if (!step)
      throw new Error(`The deck navigated to ${page.url()}, which is not a slide URL under ${base}`)
    current = step
    steps.push(step)
    problems.push(...await checkStep(page, step, extraChecks))
    if (!await pressNext(page))
      break
  }

  // Every slide is mounted by now (Slidev preloads them), so external references can be traced to their slide.
  for (const { url, at } of externalUrls) {
    const slide = await slideReferencing(page, url)
    problems.push({
      slide: slide === '?'
        ? at.slide
        : slide,
      click: at.click,
      kind: 'external-request',
      detail: `request to another host: ${url}`,
    })
  }
  return { steps, problems }
}

/**
 * Only some slides (npm run check -- --slides 11,15): opens each slide and presses → through its click steps,
 * running the same per-step checks as the walk, until the deck leaves the slide.
 */
export async function walkSlides(page: Page, deckUrl: string, nos: number[], { aliases = {}, extraChecks = [] }: WalkOptions = {}): Promise<WalkResult> {
  const base = new URL(deckUrl).pathname
  const problems: Problem[] = []
  const steps: Step[] = []
  let current: Step = { slide: nos[0] ?? 1, click: 0 }
  page.on('pageerror', error => problems.push({ ...current, kind: 'page-error', detail: error.message }))
  for (const no of nos) {
    await page.goto(`${deckUrl}${no}`, { waitUntil: 'networkidle' })
    for (;;) {
      const step = parseStep(page.url(), base, aliases)
      if (!step || step.slide !== no)
        break
      current = step
      steps.push(step)
      problems.push(...await checkStep(page, step, extraChecks))
      if (!await pressNext(page))
        break
    }
  }
  return { steps, problems }
}

import type { BrowserContext, Page } from '@playwright/test'
import type { EngineName } from '../browsers/engine.ts'
import type { ScrollPosition } from '../browsers/reading.ts'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { inlineMarkdownToText, noteParagraphs } from '../../scripts/lib/notes-text.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { openEngine } from '../browsers/engine.ts'
import { articlesOnScreen, lastArticleOnScreen, scrollPosition } from '../browsers/reading.ts'
import { TEST_BUILDS } from './paths.ts'
import { comparable } from './text.ts'

/**
 * The public pages read the way a person reads them: a phone swipes the reader edition to its end, a desktop pages
 * through it with Space, PageDown and End, in Chromium, Firefox and WebKit; the text seen on the way (innerText of
 * what was on screen) holds every slide's headline and every paragraph of its notes. A page whose document cannot
 * scroll (Slidev's `html, body { overflow: hidden }` leaking into the reader) fails every one of these.
 */

/** DECK_READING_BUILD points the checks at another build (e.g. one made before a fix, to see them fail). */
const BUILD = process.env.DECK_READING_BUILD ?? TEST_BUILDS.public
const slides = await readSlides()
/** What a reader must have seen by the end: each slide's headline and notes, as plain text. */
const expected = slides.map(s => ({
  no: s.no,
  texts: [
    s.title,
    ...noteParagraphs(s.note).map(inlineMarkdownToText),
  ].map(comparable),
}))
/** At most this many swipes or key presses for one page (the reader is ~60 screens tall on a 320 px phone). */
const MAX_MOVES = 400

let server: Awaited<ReturnType<typeof serveStatic>>
test.beforeAll(async () => {
  server = await serveStatic(BUILD, TEST_BASE)
})
test.afterAll(() => server.close())

/** What was seen while moving through the page, article by article, and where the page ended up. */
interface Reading {
  seen: Map<string, string>
  moves: number
  first: { before: ScrollPosition, after: ScrollPosition }
  end: ScrollPosition
  reachedLast: boolean
  /** Moves that left the page where it was before its end, with what was under the finger. */
  stuck: string[]
}

type Read = <R>(fn: () => R) => Promise<R>
/** One swipe or key press; a swipe says what was under the finger where it started. */
type Move = () => Promise<string | void>

/**
 * Where the page comes to rest after a move from `from` (keyboard scrolling is animated, and may start a frame or two
 * late): up to 600 ms for it to leave `from`, then until three reads `stepMs` apart agree. A held swipe ends at
 * rest, so swipes read every 20 ms; keys every 50 ms.
 */
async function restingPosition(read: Read, from: number, stepMs = 50): Promise<ScrollPosition> {
  let last = await read(scrollPosition)
  for (let waited = 0; last.y === from && waited < 600; waited += stepMs) {
    await new Promise(resolve => setTimeout(resolve, stepMs))
    last = await read(scrollPosition)
  }
  // At rest: three reads in a row agree (an animation on a loaded machine can stall for a frame or two).
  for (let i = 0, same = 0; i < 4000 / stepMs; i++) {
    await new Promise(resolve => setTimeout(resolve, stepMs))
    const now = await read(scrollPosition)
    same = now.y === last.y
      ? same + 1
      : 0
    last = now
    if (same === 2)
      return now
  }
  return last
}

/** Moves through the page with `move` until it stops moving at its end (or MAX_MOVES), collecting what is on screen. */
async function readThrough(read: Read, move: Move, stepMs = 50): Promise<Reading> {
  const seen = new Map<string, string>()
  const look = async () => {
    for (const a of await read(articlesOnScreen))
      seen.set(a.id, `${seen.get(a.id) ?? ''} ${a.text}`)
  }
  await look()
  const before = await read(scrollPosition)
  await move()
  let position = await restingPosition(read, before.y, stepMs)
  const first = { before, after: position }
  let moves = 1
  let still = 0
  const stuck: string[] = []
  while (moves < MAX_MOVES && still < 3) {
    await look()
    if (position.y >= position.max)
      break
    const y = position.y
    const under = await move()
    moves++
    position = await restingPosition(read, y, stepMs)
    still = position.y === y
      ? still + 1
      : 0
    if (still > 0) {
      stuck.push(`at ${y} px${under
        ? ` (on ${under})`
        : ''}`)
    }
  }
  await look()
  return {
    seen,
    moves,
    first,
    end: position,
    reachedLast: await read(lastArticleOnScreen),
    stuck,
  }
}

/** Headlines and note paragraphs a reader never saw on screen, by slide. */
function unseen(reading: Reading): string[] {
  return expected.flatMap(({ no, texts }) => {
    const shown = comparable(reading.seen.get(`slide-${no}`) ?? '')
    return texts.filter(t => !shown.includes(t)).map(t => `slide ${no}: "${t.slice(0, 60)}…"`)
  })
}

function expectReadToTheEnd(reading: Reading, how: string): void {
  const { before, after } = reading.first
  expect(after.y - before.y, `${how}: the first move scrolled the reader ${after.y - before.y} px (the document can scroll ${after.max} px); if 0, something keeps html/body from scrolling (overflow: hidden?)`).toBeGreaterThan(100)
  expect(reading.end.y, `${how}: stopped at ${reading.end.y} of ${reading.end.max} px after ${reading.moves} moves`).toBeGreaterThanOrEqual(reading.end.max - 1)
  expect(reading.reachedLast, `${how}: the last slide's article is not on screen at the end`).toBe(true)
  expect(reading.stuck, `${how}: ${reading.stuck.length} moves left the page where it was (a region under the finger that can scroll down, even by a pixel, takes the swipe: give it overflow-y: hidden)`).toEqual([])
  const missing = unseen(reading)
  expect(missing, `${how}: ${missing.length} headlines or note paragraphs never appeared on screen`).toEqual([])
}

async function phoneContext(browser: import('@playwright/test').Browser, width: number, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
    javaScriptEnabled,
  })
}

/**
 * One upward finger swipe over most of the screen as a phone's touch screen reports it (CDP touch events, which
 * Chromium's gesture recogniser turns into a scroll): down, drag, hold still, lift. The hold is how a person reads
 * on (a flick's fling would fly past slides unread). CDP's synthesizeScrollGesture with a touch source does not
 * scroll a headless page, so it is not used.
 */
async function swiper(page: Page, width: number): Promise<Move> {
  const cdp = await page.context().newCDPSession(page)
  const x = Math.round(width / 2)
  const viewport = page.viewportSize()!.height
  const from = viewport - 80
  const steps = 7
  const step = Math.floor((viewport - 160) / steps)
  return async () => {
    const under = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x, y)
      const region = el?.closest('.reader-scroll') ?? el
      return `<${region?.tagName.toLowerCase()} class="${region?.className}"> in ${el?.closest('article[id]')?.id ?? 'the page'}`
    }, [x, from])
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x, y: from },
      ],
    })
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x, y: from - i * step },
        ],
      })
    }
    await new Promise(resolve => setTimeout(resolve, 80))
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x, y: from - steps * step },
      ],
    })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    return under
  }
}

// The reader carries no script (the first check below holds that), so a phone with JavaScript off gets the very
// same page: each width is swiped once, with JavaScript off at 320 px and on at 390 px.
test('the reader is a document without scripts: JavaScript on or off, a phone reads the same page', async ({ page }) => {
  await page.goto(`${server.url}read/`)
  expect(await page.locator('script').count(), 'script elements in read/index.html (the swipe checks below assume none)').toBe(0)
})

for (const [width, js] of [
  [320, false],
  [390, true],
] as const) {
  test(`phone ${width} px, JavaScript ${js ? 'on' : 'off'}: swipes move the reader to its last slide, every headline and note seen`, async ({ browser }) => {
    const context = await phoneContext(browser, width, js)
    const page = await context.newPage()
    await page.goto(`${server.url}read/`)
    const reading = await readThrough(fn => page.evaluate(fn), await swiper(page, width), 20)
    console.log(`reader, ${width} px, JS ${js ? 'on' : 'off'}: ${reading.moves} swipes, ${reading.end.y} px, ${reading.seen.size} articles seen`)
    expectReadToTheEnd(reading, `a ${width} px phone swiping read/`)
    await context.close()
  })
}

test('desktop keyboard: Space and PageDown page through the reader, End reaches its last slide', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: false,
  })
  const page = await context.newPage()
  await page.goto(`${server.url}read/`)
  const space = await readThrough(fn => page.evaluate(fn), () => page.keyboard.press('Space'))
  expectReadToTheEnd(space, 'Space on read/ at 1280 px')
  const read: Read = fn => page.evaluate(fn)
  await page.goto(`${server.url}read/`)
  await page.keyboard.press('PageDown')
  const down = await restingPosition(read, 0)
  expect(down.y, 'PageDown on read/ at 1280 px').toBeGreaterThan(300)
  await page.keyboard.press('End')
  const end = await restingPosition(read, down.y)
  // The bottom of the page, with the end of the last slide on screen (End once landed 282 px short while articles off
  // screen were laid out at an estimated height).
  expect(end.y, `End on read/ at 1280 px: stopped at ${end.y} of ${end.max} px`).toBeGreaterThanOrEqual(end.max - 1)
  expect(await page.evaluate(lastArticleOnScreen), `End on read/ at 1280 px: at ${end.y} of ${end.max} px, the end of the last slide is not on screen`).toBe(true)
  await context.close()
})

test('a phone without JavaScript on a slide page taps through to the reader, swipes on, and goes back', async ({ browser }) => {
  const context = await phoneContext(browser, 390, false)
  const page = await context.newPage()
  await page.goto(`${server.url}5`)
  const link = page.getByRole('link', { name: /reader edition/ })
  await link.tap()
  await page.waitForURL(/\/read\/#slide-5$/)
  const swipe = await swiper(page, 390)
  const read: Read = fn => page.evaluate(fn)
  const top = await read(scrollPosition)
  await swipe()
  const after = await restingPosition(read, top.y)
  expect(after.y - top.y, `swiping read/#slide-5 moved ${after.y - top.y} px`).toBeGreaterThan(100)
  await page.goBack()
  expect(new URL(page.url()).pathname, 'Back returns to the slide page').toBe(`${TEST_BASE}5`)
  await context.close()
})

for (const engine of ['firefox', 'webkit'] as EngineName[]) {
  test(`${engine}: PageDown pages through the reader and End reaches its last slide`, async () => {
    const page = await openEngine(engine, { width: 1280, height: 800 })
    try {
      await page.goto(`${server.url}read/`)
      // A reader clicks into the page first (WebKit's MiniBrowser leaves the focus outside the page after a load).
      await page.click('.reader-head h1')
      const reading = await readThrough(fn => page.evaluate(fn, null), () => page.press('PageDown'))
      expectReadToTheEnd(reading, `${engine}: PageDown on read/`)
      await page.goto(`${server.url}read/`)
      await page.click('.reader-head h1')
      await page.press('End')
      const end = await restingPosition(fn => page.evaluate(fn, null), 0)
      expect(end.y, `${engine}: End on read/ stopped at ${end.y} of ${end.max} px`).toBeGreaterThanOrEqual(end.max - 1)
      expect(await page.evaluate(lastArticleOnScreen, null), `${engine}: End on read/, at ${end.y} of ${end.max} px: the end of the last slide is not on screen`).toBe(true)
      expect(end.max, `${engine}: the reader is longer than a screen`).toBeGreaterThan(end.viewport)
    }
    finally {
      await page.close()
    }
  })
}

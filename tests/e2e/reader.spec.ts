import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { cssVariables } from '../../styles/tokens.ts'
import { articlesWideningThePage, collapsedMarks } from '../browsers/reading.ts'
import { TEST_BUILDS } from './paths.ts'
import { firstDifference } from './text.ts'
import { goInApp, settle } from './walk.ts'

/**
 * The reader edition (read/ in the public build): the app's own slides in page mode, each with its notes, readable
 * without JavaScript on a phone, light or dark, and offline after one visit.
 */
let server: StaticServer
let slides: SlideInfo[]
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  slides = await readSlides()
})
test.afterAll(() => server.close())

function phone(width: number) {
  return {
    viewport: { width, height: 800 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    javaScriptEnabled: false,
  }
}
const fold = (text: string) => text.replace(/\s+/g, ' ').trim()

test('every slide is in the reader with the app\'s own page-mode text, followed by its notes', async ({ browser }) => {
  const reader = await browser.newContext({ javaScriptEnabled: false })
  const readerPage = await reader.newPage()
  await readerPage.goto(`${server.url}read/`)
  const app = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  const appPage = await app.newPage()
  const drift: string[] = []
  // The app is loaded once and moves from slide to slide as its router does on Back and Forward.
  await appPage.goto(`${server.url}1?clicks=999`)
  for (const slide of slides) {
    await goInApp(appPage, `${server.url}${slide.no}?clicks=999`)
    await settle(appPage, slide.no)
    const expected = fold(await appPage.evaluate((no) => {
      const slideshow = document.querySelector('#slideshow')!
      slideshow.classList.add('deck-page')
      const clone = document.querySelector(`#slideshow .slidev-page-${no}`)!.cloneNode(true) as HTMLElement
      // Back to the stage for the next slide, which the app mounts as it would be on screen.
      slideshow.classList.remove('deck-page')
      clone.querySelectorAll('.stage-only').forEach(e => e.remove())
      // The reader puts the slide's layout first and its source line after it.
      return [
        clone.querySelector('.slidev-layout'),
        clone.querySelector('.deck-footer'),
      ].map(e => e?.textContent ?? '').join(' ')
    }, slide.no))
    const got = fold(await readerPage.locator(`#slide-${slide.no} .reader-slide`).textContent() ?? '')
    if (got !== expected)
      drift.push(`slide ${slide.no}: the reader differs from the app's page mode ${firstDifference(got, expected)}`)
  }
  expect(drift).toEqual([])
  expect(await readerPage.locator('article .reader-notes').count(), 'notes follow the slides').toBeGreaterThanOrEqual(slides.length - 1)
  const html = await readerPage.content()
  expect(html, 'no script in the reader').not.toMatch(/<script/i)
  await reader.close()
  await app.close()
})

for (const width of [320, 412, 1280]) {
  test(`no JavaScript, ${width} px: no page-level horizontal scroll, and drawings scroll in labelled regions`, async ({ browser }) => {
    const context = await browser.newContext(width < 600
      ? phone(width)
      : {
          viewport: { width, height: 800 },
          javaScriptEnabled: false,
        })
    const page = await context.newPage()
    await page.goto(`${server.url}read/`)
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    const widening = scroll > client
      ? await page.evaluate(articlesWideningThePage)
      : []
    expect(scroll, `read/ at ${width} px: the page is ${scroll} px wide in a ${client} px window, widened by ${widening.join(', ') || 'no one article'} (put what is wide in a .reader-scroll region, and keep positioned elements inside one)`).toBeLessThanOrEqual(client)
    const regions = await page.locator('.reader-scroll').evaluateAll(els => els.map(e => ({ label: e.getAttribute('aria-label') ?? '', focusable: (e as HTMLElement).tabIndex === 0 })))
    expect(regions.length).toBeGreaterThan(3)
    expect(regions.filter(r => !r.label.trim() || !r.focusable)).toEqual([])
    const collapsed = await page.evaluate(collapsedMarks)
    expect(collapsed, `read/ at ${width} px: drawings whose bars or marks have no size (a box that shrinks to its labels? stretch the drawing's rows)`).toEqual([])
    // The text face is the deck's: a font dropped from the inlined CSS falls back to the browser's serif.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter(f => f.status === 'loaded').map(f => `${f.family} ${f.weight}`)
    })
    expect(faces, `fonts loaded in read/ at ${width} px`).toContain('Inter 400')
    await context.close()
  })
}

test('the drawing check finds a bar of no length: a bar chart in a box that shrinks to its labels', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 600 })
  await page.setContent(`<body style="margin:0"><article id="slide-2" style="width:400px"><div style="display:flex;flex-direction:column;align-items:start">
    <figure class="deck-drawing" style="margin:0"><div class="row"><span class="bar" style="display:inline-block;width:40%;height:20px"></span><span style="position:absolute">83 %</span></div></figure>
  </div></article></body>`)
  expect(await page.evaluate(collapsedMarks)).toEqual([
    'slide-2: the drawing <figure class="deck-drawing"> is 0 × 20 px in a 400 px column (at least half its width)',
    'slide-2: <span class="bar"> has width: 40% but is drawn 0 px wide',
  ])
})

test('a deep link lands on its slide', async ({ browser }) => {
  const context = await browser.newContext(phone(412))
  const page = await context.newPage()
  for (const no of [12, 23]) {
    await page.goto(`${server.url}read/#slide-${no}`)
    const top = await page.locator(`#slide-${no}`).evaluate(e => e.getBoundingClientRect().top)
    expect(Math.abs(top), `slide ${no} at the top of the screen`).toBeLessThan(4)
  }
  await context.close()
})

/**
 * Which axe rules each pass runs, so none judges twice what cannot differ: rules about colour in both schemes at both
 * widths (a colour does not depend on the width, but what is shown does); every other rule once per width, in light
 * (the markup does not depend on the scheme). Four full passes took 33 s; these take about 21 s.
 */
function axePass(colorScheme: 'light' | 'dark', width: number): { rules: string, configure: (axe: AxeBuilder) => AxeBuilder } {
  if (colorScheme === 'dark') {
    return {
      rules: 'colour contrast',
      configure: axe => axe.withRules(['color-contrast']),
    }
  }
  return width < 600
    ? {
        rules: 'every rule',
        configure: axe => axe,
      }
    : {
        rules: 'every rule but colour contrast',
        configure: axe => axe.disableRules(['color-contrast']),
      }
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [412, 1280]) {
    const { rules, configure } = axePass(colorScheme, width)
    test(`axe: no serious or critical violation, ${colorScheme}, ${width} px (${rules})`, async ({ browser }) => {
      // The reader has no script of its own; axe itself needs one, so this context allows it.
      const context = await browser.newContext({
        ...(width < 600
          ? {
              ...phone(width),
              javaScriptEnabled: true,
            }
          : {
              viewport: { width, height: 800 },
            }),
        colorScheme,
      })
      const page = await context.newPage()
      await page.goto(`${server.url}read/`)
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(bg, 'the reader follows the system scheme without script').toBe(colorScheme === 'dark'
        ? 'rgb(16, 19, 26)'
        : 'rgb(255, 255, 255)')
      // Every colour token of the scheme reaches the page intact (a mangled declaration drops one silently).
      const tokens = Object.entries(cssVariables(colorScheme)).filter(([k]) => !k.startsWith('--deck-size-'))
      const got = await page.evaluate(names => names.map(n => getComputedStyle(document.documentElement).getPropertyValue(n).trim()), tokens.map(([k]) => k))
      expect(Object.fromEntries(tokens.map(([k], i) => [k, got[i]]))).toEqual(Object.fromEntries(tokens))
      const result = await configure(new AxeBuilder({ page })).analyze()
      const found = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').flatMap(v => v.nodes.slice(0, 3).map(n => `${v.id}: ${n.target.join(' ')}`))
      expect(found).toEqual([])
      await context.close()
    })
  }
}

test('offline after one visit: read/ is the reader, with its diagrams', async ({ browser }) => {
  const own = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'allow',
  })
  const page = await context.newPage()
  try {
    await page.goto(`${own.url}1`)
    await expect(page.locator('.deck-offline-status')).toHaveText('Ready offline', { timeout: 60_000 })
  }
  finally {
    await own.close()
  }
  await context.setOffline(true)
  await page.goto(`${own.url}read/`)
  await expect(page.locator('main.reader article')).toHaveCount(slides.length)
  expect(await page.locator('.reader-slide .deck-diagram svg').count()).toBeGreaterThan(1)
  await context.close()
})

test.describe('phones get the reader by default', () => {
  const pixel = {
    viewport: { width: 412, height: 915 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2.6,
  }

  test('a phone in portrait opening /5 lands on read/#slide-5 after one redirect', async ({ browser }) => {
    const context = await browser.newContext(pixel)
    const page = await context.newPage()
    const documents: string[] = []
    page.on('request', r => r.resourceType() === 'document' && documents.push(r.url()))
    await page.goto(`${server.url}5`)
    await page.waitForURL(/\/read\/#slide-5$/)
    expect(documents.map(u => new URL(u).pathname), 'one slide document, then the reader').toEqual([`${TEST_BASE}5`, `${TEST_BASE}read/`])
    await expect(page.locator('#slide-5')).toBeVisible()
    await context.close()
  })

  test('?view=slides keeps the slides and is remembered; ?view=reader forgets it', async ({ browser }) => {
    const context = await browser.newContext(pixel)
    const page = await context.newPage()
    await page.goto(`${server.url}5?view=slides`)
    await settle(page, 5)
    await page.goto(`${server.url}6`)
    await settle(page, 6)
    expect(new URL(page.url()).pathname).toBe(`${TEST_BASE}6`)
    await page.goto(`${server.url}6?view=reader`)
    await page.waitForURL(/\/read\/#slide-6$/)
    await context.close()
  })

  for (const [name, options, path] of [
    [
      'a phone in landscape',
      {
        viewport: { width: 915, height: 412 },
        isMobile: true,
        hasTouch: true,
      },
      '5',
    ],
    [
      'a tablet',
      {
        viewport: { width: 820, height: 1180 },
        isMobile: true,
        hasTouch: true,
      },
      '5',
    ],
    [
      'a desktop',
      {
        viewport: { width: 1280, height: 720 },
      },
      '5',
    ],
    ['the presenter on a phone', pixel, 'presenter/5'],
    ['a click step on a phone', pixel, '5?clicks=1'],
  ] as const) {
    test(`${name} stays on the slides (${path})`, async ({ browser }) => {
      const context = await browser.newContext(options)
      const page = await context.newPage()
      await page.goto(`${server.url}${path}`)
      await page.waitForLoadState('networkidle')
      expect(new URL(page.url()).pathname).not.toContain('/read/')
      await context.close()
    })
  }

  test('an embedded deck on a phone stays on the slides', async ({ browser }) => {
    const context = await browser.newContext(pixel)
    const page = await context.newPage()
    await page.goto(`${server.url}read/`)
    await page.setContent(`<iframe src="${server.url}5" width="400" height="800"></iframe>`)
    const frame = page.frameLocator('iframe')
    await expect(frame.locator('#slideshow')).toBeVisible({ timeout: 20_000 })
    expect(page.frames().filter(f => f !== page.mainFrame()).map(f => new URL(f.url()).pathname)).toEqual([`${TEST_BASE}5`])
    await context.close()
  })
})

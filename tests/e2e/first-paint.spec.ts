import type { Page } from '@playwright/test'
import type { FrameReport } from '../../scripts/bench/frame-log.ts'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { loadFrames } from '../../scripts/bench/frame-log.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { colours } from '../../styles/tokens.ts'
import { TEST_BUILDS } from './paths.ts'
import { firstDifference, comparable as fold } from './text.ts'
import { goInApp, settle } from './walk.ts'

/**
 * First paint without the app: every slide page carries its slide at click 0 beside #app, at the window's scale and
 * in the right colour scheme from the first frame; the app replaces it with no blank frame between; the page keeps
 * one main landmark; and the service worker knows every page by its content.
 */

test.describe.configure({ mode: 'serial' })

const slides = await readSlides()

/** A colour as the page's computed styles spell it (rgb(…)), to compare with a computed background. */
function cssColour(page: Page, hex: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('div')
    probe.style.color = value
    document.body.append(probe)
    const colour = getComputedStyle(probe).color
    probe.remove()
    return colour
  }, hex)
}
const diagram = slides.find(s => s.content.includes('```mermaid'))!.no
const interactive = slides.find(s => /<KvCacheCalculator\b/.test(s.content))!.no

test('every slide page carries its own slide at click 0, with the app\'s text', async ({ browser }) => {
  test.setTimeout(240_000)
  const server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 720 },
  })
  const app = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  })
  const snapPage = await noScript.newPage()
  const appPage = await app.newPage()
  const drift: string[] = []
  try {
    // The app is loaded once (its replacing the snapshot is checked there) and then moves from slide to slide as its
    // router does on Back and Forward, so each slide's text is the app's without booting it 36 times.
    await appPage.goto(`${server.url}1`)
    await expect(appPage.locator('#deck-snapshot')).toHaveCount(0, { timeout: 20_000 })
    for (const slide of slides) {
      await snapPage.goto(`${server.url}${slide.no}`)
      await expect(snapPage.locator(`#deck-snapshot[data-slide="${slide.no}"] .slidev-page-${slide.no}`)).toBeVisible()
      await goInApp(appPage, `${server.url}${slide.no}`)
      await settle(appPage, slide.no)
      const expected = fold(await appPage.locator(`#slideshow .slidev-page-${slide.no}`).textContent() ?? '')
      const got = fold(await snapPage.locator(`#deck-snapshot .slidev-page-${slide.no}`).textContent() ?? '')
      if (got !== expected)
        drift.push(`slide ${slide.no}: the snapshot differs from the app ${firstDifference(got, expected)} (the snapshot is written at build time by scripts/site/snapshot-html.ts: rebuild, or see why it reads the slide differently)`)
    }
    // The site's root and a slide's alias are that slide's page too.
    await snapPage.goto(server.url)
    await expect(snapPage.locator('#deck-snapshot[data-slide="1"]')).toBeVisible()
    const alias = Object.entries(slides.find(s => s.frontmatter.routeAlias)!.frontmatter).find(([k]) => k === 'routeAlias')![1] as string
    await snapPage.goto(`${server.url}${alias}`)
    await expect(snapPage.locator('#deck-snapshot .slidev-page')).toHaveCount(1)
    expect(drift).toEqual([])
  }
  finally {
    await noScript.close()
    await app.close()
    await server.close()
  }
})

test('without JavaScript the snapshot fits the window, follows the system\'s dark scheme and links the reader', async ({ browser }) => {
  const server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1920, height: 1080 },
    colorScheme: 'dark',
  })
  const page = await context.newPage()
  try {
    await page.goto(`${server.url}${diagram}`)
    const box = (await page.locator('#snap-slide-content').boundingBox())!
    // The stepped CSS scale: the largest twentieth that fits (1.95 at 1920×1080), centred.
    expect(box.width).toBeCloseTo(980 * 1.95, 0)
    expect(Math.abs(box.x + box.width / 2 - 960)).toBeLessThan(2)
    await expect(page.getByRole('link', { name: /reader edition/ })).toHaveAttribute('href', `${TEST_BASE}read/#slide-${diagram}`)
    const bg = await page.locator('#deck-snapshot .slidev-page').evaluate(e => getComputedStyle(e).backgroundColor)
    expect(bg, 'dark, from the system, without script').toBe(await cssColour(page, colours.dark.bg))
  }
  finally {
    await context.close()
    await server.close()
  }
})

test('the first frame has the app\'s colour scheme: system light or dark, or the choice stored', { tag: '@timed' }, async ({ browser }) => {
  const server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  try {
    for (const [system, stored, dark] of [
      ['light', null, false],
      ['dark', null, true],
      ['dark', 'light', false],
      ['light', 'dark', true],
    ] as const) {
      const context = await browser.newContext({ colorScheme: system, serviceWorkers: 'block' })
      const page = await context.newPage()
      if (stored)
        await page.addInitScript(s => localStorage.setItem('slidev-color-schema', s), stored)
      // The app is held back, so what shows is the snapshot alone, as on the first frames.
      await page.route(/\/assets\/.*\.js$/, route => route.abort())
      await page.goto(`${server.url}1`)
      const bg = await page.locator('#deck-snapshot .slidev-page').evaluate(e => getComputedStyle(e).backgroundColor)
      const want = await cssColour(page, colours[dark ? 'dark' : 'light'].bg)
      expect(bg, `system ${system}, stored ${stored}`).toBe(want)
      await page.unroute(/\/assets\/.*\.js$/)
      await page.goto(`${server.url}1`)
      await expect(page.locator('#deck-snapshot')).toHaveCount(0, { timeout: 20_000 })
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'the app agrees').toBe(dark)
      await context.close()
    }
  }
  finally {
    await server.close()
  }
})

test('a throttled phone sees no blank frame between the snapshot and the app, on a title, diagram and interactive slide', { tag: '@timed' }, async ({ browser }, testInfo) => {
  test.setTimeout(300_000)
  const server = await serveStatic(TEST_BUILDS.public, TEST_BASE, 0, { compress: true })
  const reports: Record<string, FrameReport> = {}
  try {
    for (const no of [1, diagram, interactive]) {
      const report = await loadFrames(browser, `${server.url}${no}?view=slides`)
      reports[`slide ${no}`] = { ...report, frames: [] }
      console.log(`first paint, slide ${no}: headline ${report.firstTitle} ms, app's own ${report.appTitle} ms, blank ${report.blankMs} ms, unscaled frames ${report.unscaledFrames}, LCP in snapshot ${report.lcpInSnapshot}, CLS ${report.cls.toFixed(3)}`)
      expect(report.firstTitle, `slide ${no}: a headline shows`).not.toBeNull()
      expect(report.appTitle, `slide ${no}: the app takes over`).not.toBeNull()
      expect(report.blankMs, `slide ${no}: no blank frame`).toBe(0)
      expect(report.unscaledFrames, `slide ${no}: never unscaled`).toBe(0)
      expect(report.firstTitle!, `slide ${no}: the snapshot paints well before the app`).toBeLessThan(report.appTitle!)
      expect(report.lcpInSnapshot, `slide ${no}: LCP stays on the snapshot`).toBe(true)
      expect(report.cls, `slide ${no}: CLS`).toBeLessThanOrEqual(0.01)
    }
    // The harness can fail: the same page with the snapshot inside #app (Vue's mount empties it) must show a blank.
    const html = readFileSync(join(TEST_BUILDS.public, '1.html'), 'utf8')
    const snapshot = html.match(/<div id="deck-snapshot"[\s\S]*?<\/noscript><\/div>/)![0]
    const inside = html.replace(snapshot, '').replace('<div id="app"></div>', `<div id="app">${snapshot}</div>`)
    const bad = await loadFrames(browser, `${server.url}1?view=slides`, inside)
    reports['fixture: snapshot inside #app'] = { ...bad, frames: [] }
    console.log(`fixture, snapshot inside #app: blank ${bad.blankMs} ms`)
    expect(bad.blankMs, 'the harness sees the blank a snapshot inside #app causes').toBeGreaterThan(50)
  }
  finally {
    await mkdir(testInfo.outputDir, { recursive: true })
    await writeFile(join(testInfo.outputDir, 'first-paint.json'), JSON.stringify(reports, null, 2))
    await server.close()
  }
})

test('after the app mounts: one main landmark, one slide area, the snapshot gone', async ({ browser }) => {
  const server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  try {
    for (const no of [1, diagram, interactive]) {
      await page.goto(`${server.url}${no}`)
      await expect(page.locator('#deck-snapshot')).toHaveCount(0, { timeout: 20_000 })
      await expect(page.locator('main, [role="main"]')).toHaveCount(1)
      await expect(page.locator('#slideshow')).toHaveCount(1)
    }
  }
  finally {
    await context.close()
    await server.close()
  }
})

test('the service worker precaches every page of the build by the hash of its content', async () => {
  const sw = readFileSync(join(TEST_BUILDS.public, 'sw.js'), 'utf8')
  // 404.html is the host's answer to an unknown path; offline, the worker answers those with index.html instead.
  const pages = readdirSync(TEST_BUILDS.public).filter(f => f.endsWith('.html') && f !== '404.html').concat('read/index.html')
  expect(pages.length).toBeGreaterThan(slides.length)
  const missing = pages.filter((page) => {
    const md5 = createHash('md5').update(readFileSync(join(TEST_BUILDS.public, page))).digest('hex')
    return !sw.includes(`{url:${JSON.stringify(page)},revision:"${md5}"}`)
  })
  expect(missing).toEqual([])
})

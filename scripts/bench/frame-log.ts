import type { Browser, Page } from 'playwright-core'

/**
 * What a phone sees, frame by frame, while a slide page loads: on every animation frame, whether the slide's
 * headline is on screen from the pre-rendered snapshot or from the app, and whether the snapshot is drawn at the
 * window's scale; plus the LCP entries and layout shifts. Loads run on a throttled link and CPU (150 ms,
 * 1.6 Mbit/s, 4× slower), like Lighthouse's mobile preset, but for real, so the frames are the ones a user gets.
 */
export interface Frame {
  t: number
  snap: boolean
  app: boolean
  /** The snapshot is on screen and not at the window's scale. */
  unscaled: boolean
}

export interface FrameReport {
  frames: Frame[]
  /** When a headline was first on screen (either copy), ms after navigation start. */
  firstTitle: number | null
  /** When the app's own headline was first on screen. */
  appTitle: number | null
  /** Time with no headline on screen after one had shown (the flicker the snapshot must not cause). */
  blankMs: number
  unscaledFrames: number
  lcpInSnapshot: boolean | null
  cls: number
}

/** The in-page recorder, installed before any of the page's own scripts. */
function record(): void {
  const w = window as unknown as { __frames: Frame[], __lcp: boolean[], __cls: number }
  w.__frames = []
  w.__lcp = []
  w.__cls = 0
  const shown = (el: Element | null) => {
    if (!el || !el.isConnected)
      return false
    const r = el.getBoundingClientRect()
    if (r.width < 1 || r.height < 1 || r.bottom < 0 || r.top > innerHeight)
      return false
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false
    const cs = getComputedStyle(el)
    // The headline's own face (the first family): fallbacks such as the CJK subset need not load for Latin text.
    return document.fonts.check(`${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily.split(',')[0]}`)
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>)
      w.__lcp.push(Boolean(e.element?.closest('#deck-snapshot')))
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { value: number, hadRecentInput: boolean }>) {
      if (!e.hadRecentInput)
        w.__cls += e.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
  const tick = () => {
    const snapshot = document.querySelector('#deck-snapshot')
    const snapTitle = document.querySelector('#deck-snapshot .slidev-layout :is(h1, h2)')
    const snap = shown(snapTitle)
    let unscaled = false
    const content = snapshot?.querySelector<HTMLElement>('#snap-slide-content')
    if (snap && content) {
      const expected = Math.min(innerWidth / content.offsetWidth, innerHeight / content.offsetHeight) * content.offsetWidth
      unscaled = Math.abs(content.getBoundingClientRect().width - expected) > 2
    }
    w.__frames.push({
      t: performance.now(),
      snap,
      app: shown(document.querySelector('#slideshow .slidev-layout :is(h1, h2)')),
      unscaled,
    })
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** Sums what the frames say (pure; tested through the spec's fixtures). */
export function summarise(frames: Frame[], lcp: boolean[], cls: number): FrameReport {
  const first = frames.findIndex(f => f.snap || f.app)
  let blankMs = 0
  if (first >= 0) {
    for (let i = first + 1; i < frames.length; i++) {
      if (!frames[i].snap && !frames[i].app)
        blankMs += frames[i].t - frames[i - 1].t
    }
  }
  const app = frames.find(f => f.app)
  return {
    frames,
    firstTitle: first >= 0
      ? Math.round(frames[first].t)
      : null,
    appTitle: app
      ? Math.round(app.t)
      : null,
    blankMs: Math.round(blankMs),
    unscaledFrames: frames.filter(f => f.unscaled).length,
    lcpInSnapshot: lcp.length
      ? lcp[lcp.length - 1]
      : null,
    cls,
  }
}

/**
 * Loads `url` on a throttled phone (412×823, touch, mobile viewport) and records frames until the app's headline has
 * shown and the snapshot is gone, or 30 s. `html` replaces the page's HTML (a fixture that must be caught).
 */
export async function loadFrames(browser: Browser, url: string, html?: string): Promise<FrameReport> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  const page: Page = await context.newPage()
  try {
    if (html) {
      await page.route(u => u.href === url, route => route.fulfill({ contentType: 'text/html', body: html }))
    }
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6 * 1024 * 1024 / 8,
      uploadThroughput: 750 * 1024 / 8,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript(record)
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => {
      const w = window as unknown as { __frames?: Frame[] }
      return !document.querySelector('#deck-snapshot') && (w.__frames ?? []).slice(-5).filter(f => f.app).length === 5
    }, undefined, { timeout: 30_000, polling: 250 }).catch(() => undefined)
    const got = await page.evaluate(() => {
      const w = window as unknown as { __frames: Frame[], __lcp: boolean[], __cls: number }
      return { frames: w.__frames, lcp: w.__lcp, cls: w.__cls }
    })
    return summarise(got.frames, got.lcp, got.cls)
  }
  finally {
    await context.close()
  }
}

/**
 * One small driver layer so the same checks run in Chromium, Firefox and WebKit. Chromium and Firefox go through
 * puppeteer-core (CDP and WebDriver BiDi), WebKit through WebKitWebDriver (W3C WebDriver classic) driving WebKitGTK's
 * MiniBrowser under Xvfb. Every browser is a Debian package; nothing downloads one. The traps the cross-browser
 * research found are handled here, once: Firefox's first tab never gets focus, WebKit's window is taller than its
 * viewport, WebKitWebDriver allows one session at a time, and WebDriver classic has no console (the capture script
 * in capture-server.ts records errors in the page for every engine alike).
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit'

export type Key = 'PageDown' | 'PageUp' | 'ArrowRight' | 'ArrowLeft' | 'Tab' | 'Escape' | 'End' | 'Home' | 'q'

export interface EnginePage {
  readonly engine: EngineName
  goto: (url: string) => Promise<void>
  url: () => Promise<string>
  /** Runs `fn` in the page with one JSON argument; promises are awaited. `fn` must not close over anything. */
  evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>
  press: (key: Key) => Promise<void>
  /** A real click (pointer events, focus) on the first element matching `selector`. */
  click: (selector: string) => Promise<void>
  /** Focuses the first element matching `selector` the way a user would, by clicking it. */
  focus: (selector: string) => Promise<void>
  close: () => Promise<void>
}

export interface EngineOptions {
  width?: number
  height?: number
}

export const VIEWPORT = { width: 1280, height: 720 } as const

/** Waits until `check` (run in the page) returns true, polling; rejects with `what` after `timeoutMs`. */
export async function waitFor<A>(page: EnginePage, check: (arg: A) => boolean | Promise<boolean>, arg: A, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await page.evaluate(check, arg).catch(() => false))
      return
    if (Date.now() > end)
      throw new Error(`${page.engine}: timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

export async function openEngine(engine: EngineName, options: EngineOptions = {}): Promise<EnginePage> {
  if (engine === 'webkit') {
    const { openWebKit } = await import('./webkit.ts')
    return openWebKit(options)
  }
  const { openPuppeteer } = await import('./puppeteer.ts')
  return openPuppeteer(engine, options)
}

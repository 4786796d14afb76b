import type { EngineName, EngineOptions, EnginePage, Key } from './engine.ts'
import { existsSync } from 'node:fs'
import puppeteer from 'puppeteer-core'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts'
import { VIEWPORT } from './engine.ts'

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

/** Chromium over CDP or Firefox over WebDriver BiDi, both through puppeteer-core, headless. */
export async function openPuppeteer(engine: Exclude<EngineName, 'webkit'>, options: EngineOptions): Promise<EnginePage> {
  if (engine === 'firefox' && !existsSync(FIREFOX_PATH))
    throw new Error(`Firefox is not installed at ${FIREFOX_PATH}: run \`apt-get install firefox-esr\` (or set FIREFOX_PATH).`)
  const browser = await puppeteer.launch(engine === 'firefox'
    ? {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        args: ['--no-remote'],
      }
    : {
        browser: 'chrome',
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
      })
  // Firefox's first tab never receives focus under BiDi (no focus or blur events at all): use a fresh tab.
  const first = (await browser.pages())[0]
  const page = await browser.newPage()
  await first?.close()
  const width = options.width ?? VIEWPORT.width
  const height = options.height ?? VIEWPORT.height
  await page.setViewport({ width, height }).catch((error: Error) => {
    // puppeteer-core 25 sends a screen-orientation override with every viewport, beside the viewport command itself;
    // Firefox ESR 140 (Debian bookworm's) does not know it, ESR 153 does. The refusal comes back first, while the
    // resize is still under way: wait for the size below instead of failing.
    if (engine !== 'firefox' || !/unknown command emulation\.setScreenOrientationOverride/.test(error.message))
      throw error
  })
  const sized = await page.waitForFunction((w: number, h: number) => innerWidth === w && innerHeight === h, { timeout: 5000, polling: 100 }, width, height)
    .then(() => true, () => false)
  if (!sized) {
    const inner = await page.evaluate(() => [innerWidth, innerHeight])
    throw new Error(`${engine} stayed at ${inner.join(' × ')} px for 5 s, not the ${width} × ${height} asked for: its viewport command did not take (tests/browsers/puppeteer.ts).`)
  }
  await page.bringToFront()
  return {
    engine,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' })
    },
    url: async () => page.url(),
    evaluate: async (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    press: async (key: Key) => page.keyboard.press(key),
    click: async (selector) => {
      await page.click(selector)
    },
    focus: async (selector) => {
      await page.click(selector)
    },
    close: async () => browser.close(),
  }
}

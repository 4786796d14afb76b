import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './chromium.ts'

/** The system Chromium (found by findChromium), headless, with the deck's offline-safe flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  })
}

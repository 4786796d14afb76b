import { accessSync, constants } from 'node:fs'
import { UserError } from './user-error.ts'

/** The usual places a system Chromium or Chrome lives, in order of preference. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** Flags for headless runs on a machine with no outside network (Chromium's background fetches would fail). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
]

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

export interface ChromiumLookup {
  env?: Record<string, string | undefined>
  isExecutable?: (path: string) => boolean
  /** Playwright's own downloaded browser, if any (usually absent: installs never download one). */
  playwrightBrowser?: () => string | undefined
}

/**
 * The one Chromium finder for every script and test. `CHROMIUM_PATH`, when set, is the only candidate; otherwise
 * the usual system paths, then Playwright's own browser. Throws a UserError that says how to get one.
 */
export function findChromium(lookup: ChromiumLookup = {}): string {
  const env = lookup.env ?? process.env
  const canRun = lookup.isExecutable ?? isExecutable
  const explicit = env.CHROMIUM_PATH?.trim()
  if (explicit) {
    if (canRun(explicit))
      return explicit
    throw new UserError(`CHROMIUM_PATH is set to "${explicit}", which is not an executable file: point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.`)
  }
  const found = SYSTEM_CHROMIUM_PATHS.find(canRun)
  if (found)
    return found
  const bundled = (lookup.playwrightBrowser ?? playwrightBrowser)()
  if (bundled && canRun(bundled))
    return bundled
  throw new UserError('No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.')
}

function playwrightBrowser(): string | undefined {
  try {
    // Imported lazily so the finder works even where playwright-core is not installed.
    const require = globalThis.process.getBuiltinModule('node:module').createRequire(import.meta.url)
    const { chromium } = require('playwright-core') as { chromium: { executablePath: () => string } }
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

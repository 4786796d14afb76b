import { defineConfig } from '@playwright/test'
import { TEST_DECK_URL } from './deck.config.ts'
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts'
import { UserError } from './scripts/lib/user-error.ts'

function chromiumOrExit(): string {
  try {
    return findChromium()
  }
  catch (error) {
    if (error instanceof UserError) {
      console.error(`\n✖ ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

/**
 * What runs one at a time, alone, after the rest: specs whose verdicts are timings or rest on them (start-up,
 * fetches after an idle load), and tests tagged `@timed` in other specs (first paint frame by frame on a throttled
 * phone). The rest of first-paint.spec.ts (every slide's snapshot, landmarks, the service worker's list) judges
 * markup, not time, and runs with the checks, as does reading.spec.ts: a swipe holds still before it lifts and a key
 * press is read until the page rests, so what the reader saw does not depend on how busy the machine is (it passed
 * beside the slide walk and the other engines' passes).
 */
const TIMED_SPECS = /(?:^|[ /])(?:performance|present|present-offline)\.spec\.ts(?: |$)/
const TIMED_TAG = /@timed/

// Test builds and exports carry a public-looking address, so the artefact checks can hold them to the release rule.
process.env.DECK_URL ||= TEST_DECK_URL

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 240_000,
  // Two workers share the builds and exports global-setup.ts made once, one a core (three measured no faster: the
  // suite is CPU-bound on two cores); the specs that measure time run alone, after them.
  workers: 2,
  projects: [
    {
      name: 'checks',
      testIgnore: TIMED_SPECS,
      grepInvert: TIMED_TAG,
      fullyParallel: true,
    },
    {
      name: 'timed',
      // A test's grep title holds its file's path, so one list picks whole files and tagged tests.
      grep: [
        TIMED_TAG,
        TIMED_SPECS,
      ],
      dependencies: ['checks'],
      workers: 1,
    },
  ],
  reporter: [
    ['list'],
  ],
  use: {
    launchOptions: {
      executablePath: chromiumOrExit(),
      args: CHROMIUM_ARGS,
    },
    colorScheme: 'light',
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  },
})

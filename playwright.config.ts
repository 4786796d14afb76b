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

/** Specs whose verdicts are timings (first paint, start-up, scrolling at rest, benchmarks): run one at a time, alone. */
const TIMED_SPECS = /(?:performance|first-paint|present|present-offline|reading)\.spec\.ts$/

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
      fullyParallel: true,
    },
    {
      name: 'timed',
      testMatch: TIMED_SPECS,
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

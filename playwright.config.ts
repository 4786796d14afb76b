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

// Test builds and exports carry a public-looking address, so the artefact checks can hold them to the release rule.
process.env.DECK_URL ||= TEST_DECK_URL

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 240_000,
  workers: 1,
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

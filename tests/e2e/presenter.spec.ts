import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { TEST_BUILDS } from './paths.ts'

let server: StaticServer
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.speaker, TEST_BASE)
})
test.afterAll(() => server.close())

/** First sentence of a note, without click markers: what the presenter must see. */
function firstSentence(note: string): string {
  return note.replace(/\[click(?::\d+)?\]/g, '').trim().split(/(?<=[.!?])\s/)[0].replace(/\s+/g, ' ')
}

test('presenter view of the speaker build shows the current slide\'s notes and a timer', async ({ page }) => {
  const slides = await readSlides()
  for (const slide of [slides[0], slides[Math.floor(slides.length / 2)]]) {
    await page.goto(`${server.url}presenter/${slide.no}`)
    const notes = page.locator('.slidev-note')
    await expect(notes).toBeVisible()
    await expect(notes).toContainText(firstSentence(slide.note))
  }
  await expect(page.getByText(/\d+:\d\d/).first()).toBeVisible()
})

/**
 * `npm run present`: the talk from the read-only presenting build (made in global-setup.ts, remade only when the deck
 * changes). Slide 1 comes up fast because nothing compiles; the presenter view has the notes, the timer and the next
 * slide; and nothing it serves can be written to.
 */
import type { Buffer } from 'node:buffer'
import { expect, test } from '@playwright/test'
import { readDeckConfig } from '../../deck.config.ts'
import { timeToSlideOne } from '../../scripts/bench/present-start.ts'
import { readSlides, spokenNote } from '../../scripts/lib/deck-info.ts'
import { ensurePresentBuild } from '../../scripts/present/speaker-build.ts'

/** The goal is 2 s (npm run benchmark reports it); the test allows 3 s so a busy CI machine does not fail it. */
const START_LIMIT_MS = 3000

test('npm run present: slide 1 within seconds of the command, from the build on disk', async ({ browser }) => {
  const build = await ensurePresentBuild()
  expect(build.built, 'the presenting build made by global-setup was current').toBe(false)
  const { base } = readDeckConfig()
  const t = await timeToSlideOne(browser, 'npm run present', 'scripts/present.ts', base)
  test.info().annotations.push({ type: 'start', description: `address printed after ${t.readyMs.toFixed(0)} ms, slide 1 drawn after ${t.ms.toFixed(0)} ms` })
  console.log(`npm run present: address printed after ${t.readyMs.toFixed(0)} ms, slide 1 drawn after ${t.ms.toFixed(0)} ms`)
  expect(t.ms, `npm run present took ${t.ms.toFixed(0)} ms to show slide 1; did it rebuild or start a dev server?`).toBeLessThan(START_LIMIT_MS)
})

test('npm run present: the presenter view has the notes, the timer and the next slide; writes get 405', async ({ browser }) => {
  const { spawn } = await import('node:child_process')
  const { freePort } = await import('../../scripts/lib/free-port.ts')
  const { base } = readDeckConfig()
  const port = await freePort()
  const child = spawn(process.execPath, [
    'scripts/present.ts',
    '--port',
    String(port),
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    await new Promise<void>(resolve => child.stdout!.on('data', (c: Buffer) => c.toString('utf8').includes('Presenter:') && resolve()))
    const page = await browser.newPage({
      viewport: { width: 1920, height: 1080 },
    })
    await page.goto(`http://localhost:${port}${base}presenter/2`)
    const slides = await readSlides()
    await expect(page.locator('.slidev-note')).toContainText(spokenNote(slides[1].note).split(/(?<=[.!?])\s/)[0], { timeout: 15_000 })
    await expect(page.getByText(/25:00|24:5\d/)).toBeVisible()
    await expect(page.getByText('Next', { exact: true })).toBeVisible()
    await page.screenshot({
      path: test.info().outputPath('presenter.png'),
    })
    const status = await page.evaluate(async () => (await fetch('/@server-reactive/nav', { method: 'POST', body: '{}' })).status)
    expect(status).toBe(405)
    await page.close()
  }
  finally {
    child.kill('SIGTERM')
  }
})

import type { Locator, Page } from '@playwright/test'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { clock } from '../../components/pacing.ts'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { TEST_BUILDS } from './paths.ts'

let server: StaticServer
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.speaker, TEST_BASE)
})
test.afterAll(() => server.close())

/**
 * The presenter on slide 1 with nothing stored (no run, no earlier runs) before the page's scripts start, and the
 * page's clock standing still but for runFor: under load, real seconds would otherwise creep into the drift.
 * Returns the drift text, once it reads "on time".
 */
async function openFreshRehearsal(page: Page, slide = 1): Promise<Locator> {
  const start = Date.UTC(2026, 11, 4, 9, 0)
  await page.addInitScript(() => localStorage.clear())
  await page.clock.install({ time: start })
  await page.clock.pauseAt(start + 1000)
  await page.goto(`${server.url}presenter/${slide}`)
  const drift = page.getByTestId('pacing-drift')
  await expect(drift).toHaveText('on time')
  return drift
}

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

test('rehearsal pacing in the presenter: 90 s on a 60 s slide is "0:30 behind", its click steps are recorded, a 2-minute pause for a question adds nothing to the drift or the countdown, the run is kept and saved, and nothing is asked of another server', async ({ page }) => {
  const slides = await readSlides()
  const budgetOf = (note: string) => Number(note.match(/^\[time (\d+) s\]/)?.[1])
  const slide = slides.find(s => budgetOf(s.note) === 60 && s.note.includes('[click'))
  expect(slide, 'a live slide with a 60 s budget and click steps, to rehearse on').toBeDefined()
  // A rehearsal asks nothing of any server but the deck's own: no request leaves for another origin.
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(new URL(server.url).origin) && !/^(?:data|blob):/.test(url))
      elsewhere.push(url)
  })
  const drift = await openFreshRehearsal(page, slide!.no)
  await page.clock.runFor(20_000)
  await page.keyboard.press('ArrowRight')
  await expect(page, 'ArrowRight shows the slide\'s first click step').toHaveURL(/clicks=1/)
  await page.clock.runFor(70_000)
  await expect(drift, `slide ${slide!.no}'s budget is 60 s; 90 s on it, over two click steps, is 30 s over`).toHaveText('0:30 behind')
  const spoken = page.locator('.deck-pacing [role="status"]')
  await expect(spoken, 'a screen reader hears it once, when the speaker fell behind, not every second since').toHaveText('Pacing: 0:10 behind')
  await page.keyboard.press('q')
  await expect(drift).toHaveText('paused')
  await expect(spoken).toHaveText('Rehearsal clock paused')
  await expect(page.getByTestId('pacing-held'), 'while paused, the bar still says where the talk stood').toHaveText('· 0:30 behind')
  // Slidev's whole-talk countdown is the same clock: paused at 1:30 into the run (the 25-minute slot less 1:30).
  const countdown = page.locator('.font-mono').filter({ hasText: /^\s*\d+\s*:\s*\d\d\s*$/ }).first()
  await expect(countdown, 'the countdown pauses with the rehearsal clock').toHaveText(/23\s*:\s*30/)
  await page.clock.runFor(120_000)
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(drift, 'the pause is not counted as overrun').toHaveText('0:30 behind')
  await expect(page.getByTestId('pacing-held'), 'running again, the drift is back in its place').toHaveCount(0)
  await expect(countdown, 'nor taken off the countdown').toHaveText(/23\s*:\s*30/)
  const run = await page.evaluate(() => JSON.parse(localStorage.getItem('deck-rehearsal') ?? '{}') as { slides: number, events: Array<{ kind: string, slide?: number, click?: number }> })
  expect(run.slides).toBe(slides.length)
  expect(run.events.map(e => [e.kind, e.slide, e.click].filter(v => v !== undefined).join(' ')), 'the run records the slide, its click step, the pause and its end').toEqual([
    `enter ${slide!.no}`,
    `step ${slide!.no} 1`,
    'pause',
    'resume',
  ])

  // Saved as a file and loaded again, the run is the same, byte for byte.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save run' }).click()
  const saved = await readFile((await (await download).path())!, 'utf8')
  await page.getByRole('button', { name: 'New run' }).click()
  await page.getByTestId('pacing-load').setInputFiles({
    name: 'run.json',
    mimeType: 'application/json',
    buffer: Buffer.from(saved),
  })
  await expect(drift, 'the loaded run is where it was').toHaveText('0:30 behind')
  const stored = await page.evaluate(() => localStorage.getItem('deck-rehearsal'))
  expect(JSON.stringify(JSON.parse(stored!), null, 2)).toBe(saved)
  await page.getByTestId('pacing-load').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1}'),
  })
  await expect(page.getByRole('alert')).toHaveText('other.json is not a run of this deck: save a run of this version, or start a new one.')
  expect(elsewhere, 'requests to anywhere but the deck during the rehearsal').toEqual([])
})

test('the presenter\'s report shows the runs kept in this browser: planned against actual per slide, and the trend', async ({ page }) => {
  const slides = await readSlides()
  const budget = Number(slides[0].note.match(/^\[time (\d+) s\]/)![1])
  await openFreshRehearsal(page)
  // Run 1: 30 s over on slide 1; run 2: 5 s under. The median is 12.5 s over, over budget in one run of two.
  await page.clock.runFor((budget + 30) * 1000)
  await page.getByRole('button', { name: 'New run' }).click()
  await page.clock.runFor((budget - 5) * 1000)
  await page.getByRole('button', { name: 'Report' }).click()
  const report = page.getByTestId('pacing-report')
  await expect(report).toBeVisible()
  await expect(report).toContainText('2 run(s)')
  await expect(report).toContainText(`Trend of the total: ${clock(budget + 30)} → ${clock(budget - 5)}.`)
  await expect(report).toContainText('No slide ran over its budget in most runs.')
  await expect(report.getByTestId('report-totals'), 'the total of each run against the slot, drawn').toContainText(`Run 2${clock(budget - 5)}`)
  await expect(report.locator('[data-slide="1"]'), 'slide 1: median of the two runs against its budget').toContainText(`${clock(budget + 12.5)} / ${clock(budget)}`)
  const live = slides.filter(sl => /^\[time \d+ s\]/.test(sl.note)).length
  await expect(report.locator('[data-slide]'), 'a bar for every slide with a budget; none for the appendix no run showed').toHaveCount(live)
  await page.keyboard.press('Escape')
  await expect(report).toBeHidden()
  // A button pressed with the mouse gives the focus back: the speaker's next arrow key moves the talk.
  await page.getByRole('button', { name: /^Pause/ }).click()
  await page.keyboard.press('ArrowRight')
  await expect(page, 'ArrowRight after clicking Pause must still move the presenter on').toHaveURL(/\/presenter\/2/)
})

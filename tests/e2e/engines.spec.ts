import type { CaptureServer } from '../browsers/capture-server.ts'
import type { EngineName, EnginePage } from '../browsers/engine.ts'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { serveWithCapture } from '../browsers/capture-server.ts'
import { formatGeometryFinding, judgeDiagram } from '../browsers/diagram-geometry.ts'
import { openEngine, waitFor } from '../browsers/engine.ts'
import { interactiveControls } from '../browsers/interactive.ts'
import { measureDiagrams } from '../browsers/measure-diagrams.ts'
import { axeViolations, currentStep, routeTo, slideDomProblems, slideIsStill, sourcesColumnProblems, takeErrors } from '../browsers/probes.ts'
import { TEST_BUILDS } from './paths.ts'

/**
 * The same checks in Chromium, Firefox and WebKit (tests/browsers/): every slide at its final step in light and
 * dark, the clicker from inside every interactive control, and the offline badge on a first and a return visit.
 * Chromium also gets the full click-by-click walk in deck.spec.ts.
 */
const ENGINES: EngineName[] = ['chromium', 'firefox', 'webkit']
const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** DECK_ENGINES_BUILD points the checks at another build (e.g. one made before a fix, to see them fail). */
const BUILD = process.env.DECK_ENGINES_BUILD ?? TEST_BUILDS.public

let server: CaptureServer
test.beforeAll(async () => {
  server = await serveWithCapture(BUILD, TEST_BASE)
})
test.afterAll(() => server.close())

/**
 * Three polls with the slide still, 50 ms apart (WebKit starts its transition a frame late, so one still poll is not
 * enough; 100 ms apart cost 10 s of every engine's walk and caught nothing more).
 */
async function settleOn(page: EnginePage, no: number): Promise<void> {
  for (let still = 0; still < 3; still++) {
    if (still)
      await new Promise(resolve => setTimeout(resolve, 50))
    await waitFor(page, slideIsStill, no, `slide ${no} to be drawn and still`, 15_000)
  }
}

async function openSlide(page: EnginePage, no: number, clicks = 99): Promise<void> {
  await page.goto(`${server.url}${no}?clicks=${clicks}`)
  await settleOn(page, no)
}

/** The same slide through the deck's router, on the page already loaded: one load per colour scheme, not per slide. */
async function routeToSlide(page: EnginePage, no: number, clicks = 99): Promise<void> {
  await page.evaluate(routeTo, `${new URL(server.url).pathname}${no}?clicks=${clicks}`)
  await settleOn(page, no)
}

for (const engine of ENGINES) {
  test.describe(engine, () => {
    // Chromium's pass is the slide walk (deck.spec.ts): every click step, not only the last, with the same DOM,
    // canvas and axe checks in both schemes. Repeating it here cost a minute of every run and found nothing more.
    if (engine !== 'chromium') {
      test(`${engine}: every slide at its final step, light and dark: no error, nothing cut off or off the canvas, axe clean; every diagram's geometry at every click step`, async () => {
        const slides = await readSlides()
        const axe = await AXE_SOURCE
        const page = await openEngine(engine)
        const problems: string[] = []
        const started = Date.now()
        server.failures.length = 0
        try {
          for (const scheme of ['light', 'dark'] as const) {
            await openSlide(page, 1)
            await page.evaluate(s => localStorage.setItem('slidev-color-schema', s), scheme)
            // One load in the stored scheme, then every slide through the router (a load per slide cost a minute).
            await openSlide(page, 1)
            for (const slide of slides) {
              await routeToSlide(page, slide.no)
              const at = `${scheme}, slide ${slide.no}`
              if (await page.evaluate(() => document.documentElement.classList.contains('dark'), null) !== (scheme === 'dark'))
                problems.push(`${at}: the page is not in ${scheme} mode`)
              for (const p of await page.evaluate(slideDomProblems, slide.no))
                problems.push(`${at}: ${p.kind}: ${p.detail}`)
              for (const p of await page.evaluate(sourcesColumnProblems, slide.no))
                problems.push(`${at}: layout: ${p}`)
              // axe is put into the page once per load: sending its 550 KB source with every call cost seconds.
              const axeLoaded = await page.evaluate(() => 'axe' in window, null)
              for (const v of await page.evaluate(axeViolations, axeLoaded ? '' : axe))
                problems.push(`${at}: accessibility: ${v}`)
              for (const e of await page.evaluate(takeErrors, null))
                problems.push(`${at}: ${e}`)
              // Diagram geometry depends on this engine's text metrics: judge it at every click step, in one scheme.
              if (scheme === 'light' && slide.content.includes('```mermaid')) {
                for (let click = 0; click <= Number(slide.frontmatter.clicks ?? 0); click++) {
                  await routeToSlide(page, slide.no, click)
                  for (const geometry of await page.evaluate(measureDiagrams, slide.no)) {
                    for (const finding of judgeDiagram(geometry))
                      problems.push(formatGeometryFinding(`${engine}, slide ${slide.no} click ${click}`, finding))
                  }
                }
              }
            }
          }
        }
        finally {
          await page.evaluate(() => localStorage.removeItem('slidev-color-schema'), null).catch(() => undefined)
          await page.close()
        }
        problems.push(...server.failures.map(f => `failed request: ${f}`))
        console.log(`${engine}: ${slides.length} slides × 2 colour schemes checked in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        expect(problems, `${engine}: problems found`).toEqual([])
      })
    }

    test(`${engine}: the presenter view shows rehearsal pacing, and Q pauses its clock`, async () => {
      const speaker = await serveStatic(TEST_BUILDS.speaker, TEST_BASE)
      const page = await openEngine(engine)
      const says = (want: string) => document.querySelector('[data-testid="pacing-drift"]')?.textContent?.trim() === want
      try {
        await page.goto(`${speaker.url}presenter/1`)
        await waitFor(page, says, 'on time', 'the presenter\'s pacing bar to say "on time"', 20_000)
        await page.press('q')
        await waitFor(page, says, 'paused', 'Q to pause the rehearsal clock ("paused")', 5_000)
      }
      finally {
        await page.close()
        await speaker.close()
      }
    })

    test(`${engine}: the clicker moves the deck both ways after focus inside every interactive control`, async () => {
      const deck = await readSlides()
      const total = deck.length
      const controls = await interactiveControls(deck)
      expect(controls.size, 'the deck has interactive controls (the KV-cache calculator at least)').toBeGreaterThan(0)
      const base = new URL(server.url).pathname
      const page = await openEngine(engine)
      const dead: string[] = []
      try {
        for (const [no, selectors] of controls) {
          for (const selector of selectors) {
            await openSlide(page, no)
            await page.focus(selector)
            // From the last slide the first move goes back instead; either way it starts inside the control.
            const moves: Array<[Parameters<EnginePage['press']>[0], number]> = no < total
              ? [
                  ['PageDown', no + 1],
                  ['ArrowLeft', no],
                  ['ArrowRight', no + 1],
                  ['PageUp', no],
                ]
              : [
                  ['PageUp', no - 1],
                  ['ArrowRight', no],
                  ['ArrowLeft', no - 1],
                  ['PageDown', no],
                ]
            for (const [key, expected] of moves) {
              await page.press(key)
              const landed = await waitFor(page, ([b, want]) => Number(location.pathname.slice(b.length)) === want, [base, expected] as [string, number], `${key} to reach slide ${expected}`, 3_000).then(() => true, () => false)
              if (!landed) {
                const now = await page.evaluate(currentStep, base)
                dead.push(`${selector}: ${key} should reach slide ${expected}, the deck stayed on slide ${now.slide} (click ${now.click})`)
                break
              }
              await settleOn(page, expected)
            }
          }
        }
      }
      finally {
        await page.close()
      }
      expect(dead, `${engine}: keys that did nothing`).toEqual([])
    })

    test(`${engine}: the offline badge says "Ready offline" on a first visit and never stays on "Caching…" on a return visit`, async () => {
      const page = await openEngine(engine)
      const badge = () => (document.querySelector('.deck-offline-status')?.textContent ?? '').trim()
      try {
        await openSlide(page, 1, 0)
        await waitFor(page, () => (document.querySelector('.deck-offline-status')?.textContent ?? '').includes('Ready offline'), null, '"Ready offline" on the first visit', 60_000)
        for (const no of [1, 3]) {
          await openSlide(page, no, 0)
          await waitFor(page, () => !(document.querySelector('.deck-offline-status')?.textContent ?? '').includes('Caching'), null, `the return visit to slide ${no} to stop claiming "Caching for offline…" (it says "${await page.evaluate(badge, null)}")`, 8_000)
        }
      }
      finally {
        await page.close()
      }
    })
  })
}

import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readDeckSource } from '../../scripts/check/deck-source.ts'
import { countWords } from '../../scripts/check/finding.ts'
import { openStageRenderer } from '../../scripts/check/render-server.ts'
import { readSlides, routeAliases } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { accessibilityChecks } from './a11y-checks.ts'
import { chartChecks } from './chart-checks.ts'
import { diagramChecks } from './diagram-checks.ts'
import { layoutShiftCheck } from './layout-shift.ts'
import { TEST_BUILDS } from './paths.ts'
import { slideRoles, stageChecks } from './stage-checks.ts'
import { STAGE_RULES } from './stage-rules.ts'
import { formatProblem, walkDeck } from './walk.ts'

let server: StaticServer
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
})
test.afterAll(() => server.close())

// The light walk sees the deck as the room does, transitions and all; the dark one is also the reduced-motion
// audience's deck (prefers-reduced-motion: the deck drops its transitions), which halves its time (34 s → 17 s alone):
// each step is judged once it is still, so what is judged is the same.
for (const [colorScheme, reducedMotion] of [
  ['light', 'no-preference'],
  ['dark', 'reduce'],
] as const) {
  test(`slide walk (${colorScheme}${reducedMotion === 'reduce'
    ? ', reduced motion'
    : ''}): every slide and click step of the public build is clean, accessible, free of layout shift and fit for the stage at 1920 × 1080`, async ({ browser }, testInfo) => {
    const slides = await readSlides()
    const context = await browser.newContext({
      colorScheme,
      reducedMotion,
      serviceWorkers: 'block',
      viewport: { width: 1920, height: 1080 },
    })
    const stage = stageChecks(slideRoles(slides))
    const page = await context.newPage()
    const { steps, problems } = await walkDeck(page, server.url, {
      aliases: routeAliases(slides),
      extraChecks: [
        ...accessibilityChecks(slides),
        layoutShiftCheck(),
        diagramChecks(slides),
        chartChecks(),
        stage.check,
      ],
    })
    await context.close()
    problems.push(...stage.finish())
    // The per-slide measurements (words, smallest text, empty band), for the record and the closing notes.
    await mkdir(testInfo.outputDir, { recursive: true })
    await writeFile(join(testInfo.outputDir, `stage-${colorScheme}.json`), JSON.stringify(stage.table(), null, 1))
    console.table(stage.table())
    const live = stage.table().filter(row => row.kind === 'content')
    const shares = live.map(row => row.evidencePct).sort((a, b) => a - b)
    console.log(`Evidence on the stage (${colorScheme}): median ${shares[Math.floor(shares.length / 2)]} % of the band; ${live.filter(row => row.drawnPct >= STAGE_RULES.minDrawnShare * 100).length} of ${live.length} live content slides drawn`)
    const visited = [
      ...new Set(steps.map(s => s.slide)),
    ]
    expect(visited, 'the walk must reach every slide, in order').toEqual(slides.map(s => s.no))
    expect(problems.map(formatProblem), 'problems found by the slide walk').toEqual([])
    // npm run check counts words from the source, without a browser: it must count what the stage shows.
    const renderer = await openStageRenderer()
    const source = await readDeckSource(slides, renderer)
    await renderer.close()
    const drift = stage.table().filter(row => source.stage.has(row.slide) && countWords(source.stage.get(row.slide)!.text) !== row.words).map(row => `slide ${row.slide}: npm run check counts ${countWords(source.stage.get(row.slide)!.text)} words, the stage shows ${row.words}; make scripts/check/stage-render.ts render what the stage shows`)
    expect(drift, 'words counted from the source (npm run check) against words on the stage').toEqual([])
    console.log(`walked ${slides.length} slides, ${steps.length} steps (${steps.length - slides.length} click steps) in ${colorScheme}`)
  })
}

test('a deep link under the base path opens that slide after a reload', async ({ page }) => {
  const slides = await readSlides()
  const last = slides.at(-1)!
  await page.goto(`${server.url}${last.no}`)
  await page.reload()
  await expect(page.locator(`#slideshow .slidev-page-${last.no}`)).toBeVisible()
  await expect(page.locator(`#slideshow .slidev-page-${last.no}`)).toContainText(last.title)
})

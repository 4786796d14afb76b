import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { Problem } from './walk.ts'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { chartChecks } from './chart-checks.ts'
import { layoutShiftCheck } from './layout-shift.ts'
import { TEST_BUILDS } from './paths.ts'
import { formatProblem, walkDeck } from './walk.ts'

let server: StaticServer
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.faulty, TEST_BASE)
})
test.afterAll(() => server.close())

/** tests/fixtures/faulty-deck has one fault per slide; the walk must name each, on the right slide. */
const expected: Array<{ slide: number, kind: Problem['kind'], detail?: RegExp }> = [
  { slide: 2, kind: 'overflow' },
  { slide: 3, kind: 'console', detail: /\[deck\] slide 3: Boom/ },
  { slide: 4, kind: 'external-request', detail: /example\.com/ },
  { slide: 5, kind: 'mermaid-error' },
  { slide: 7, kind: 'overflow' },
  { slide: 8, kind: 'layout-shift' },
  { slide: 9, kind: 'chart', detail: /stage text "Tiny label" is [\d.]+ px/ },
  { slide: 9, kind: 'chart', detail: /labels "Left label" and "Right label" overlap/ },
  { slide: 9, kind: 'chart', detail: /marks "controlled" and "free" share the shape circle/ },
  { slide: 9, kind: 'chart', detail: /lane "washington" .* outside its lane/ },
  { slide: 10, kind: 'layout', detail: /puts all 5 entries in the right column/ },
]

test('the slide walk rejects each fault of the fixture deck and names its slide', async ({ page }) => {
  const { problems } = await walkDeck(page, server.url, {
    extraChecks: [
      layoutShiftCheck(),
      chartChecks(),
    ],
  })
  const report = problems.map(formatProblem).join('\n')
  for (const fault of expected) {
    const hit = problems.some(p => p.slide === fault.slide && p.kind === fault.kind && (!fault.detail || fault.detail.test(p.detail)))
    expect(hit, `expected a ${fault.kind} problem on slide ${fault.slide}; the walk reported:\n${report}`).toBe(true)
  }
  const domKinds: Array<Problem['kind']> = [
    'overflow',
    'empty',
    'mermaid-error',
    'external-request',
  ]
  const onHealthy = problems.filter(p => (p.slide === 1 || p.slide === 6) && domKinds.includes(p.kind))
  expect(onHealthy.map(formatProblem), 'healthy slides must not be blamed').toEqual([])
})

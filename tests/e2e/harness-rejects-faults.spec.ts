import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { Problem } from './walk.ts'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { accessibilityChecks } from './a11y-checks.ts'
import { chartChecks } from './chart-checks.ts'
import { diagramChecks } from './diagram-checks.ts'
import { layoutShiftCheck } from './layout-shift.ts'
import { FAULTY_DECK_ENTRY, TEST_BUILDS } from './paths.ts'
import { slideRoles, stageChecks } from './stage-checks.ts'
import { STAGE_RULES } from './stage-rules.ts'
import { formatProblem, walkDeck } from './walk.ts'

let server: StaticServer
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.faulty, TEST_BASE)
})
test.afterAll(() => server.close())

/** tests/fixtures/faulty-deck has one fault per slide; the walk must name each, on the right slide. */
const expected: Array<{ slide: number, kind: Problem['kind'], detail?: RegExp, click?: number }> = [
  // The fixture keeps Slidev's stock menu button (a button in a button), which the deck fixed in overrides/: axe, put
  // in the page once and run at every step, must find it.
  { slide: 1, kind: 'accessibility', detail: /^nested-interactive \(serious\) at .*: Interactive controls must not be nested/ },
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
  { slide: 11, kind: 'stage', detail: /read text "This paragraph is set far too small.*" is [\d.]+ px \(needs 36\)/ },
  { slide: 11, kind: 'stage', detail: /\d+ words on screen \(at most 40\)/ },
  { slide: 11, kind: 'stage', detail: /words in 10 s is \d+ words a minute/ },
  { slide: 11, kind: 'stage', detail: /text block <p> .* runs to \d+ lines \(at most 3\)/ },
  { slide: 11, kind: 'stage', detail: /not a type-scale step/ },
  { slide: 12, kind: 'stage', detail: /top-heavy: \d+ % of the height is empty/ },
  { slide: 12, kind: 'stage', detail: /"Lost in the overscan" reaches into the outer 3 %/ },
  { slide: 13, kind: 'stage', detail: /has contrast [\d.]+:1 \(small text needs 7:1\)/ },

  { slide: 14, kind: 'stage', detail: /headline at \([\d.]+, [\d.]+\) px, not at the deck's/ },
  { slide: 15, kind: 'stage', detail: /the headline's 12 is not among the figures the slide shows/ },
  { slide: 16, kind: 'stage', detail: /\d+ text sizes \(.*\) outside the source line/ },
  { slide: 16, kind: 'stage', detail: /the deck uses \d+ text sizes/ },
  { slide: 15, kind: 'stage', detail: /^the evidence covers \d+ % of the band between headline and source line \(at least 60 %\)/ },
  { slide: 18, kind: 'stage', detail: /^the headline leaves one word alone on its last line/ },
  // Words are judged at the wordiest step, not only the last: this slide is short at its end, long before its click.
  {
    slide: 19,
    kind: 'stage',
    detail: /^\d+ words on screen \(at most 40\)/,
    click: 0,
  },
  // With no slide pending, the deck-wide rules judge the fixture's mostly undrawn slides; each names the first slide.
  { slide: 2, kind: 'stage', detail: /^the median live content slide's evidence covers \d+ % of its band \(at least 75 %\)/ },
  { slide: 2, kind: 'stage', detail: /^\d+ of \d+ live content slides have a drawing covering 30 % of the band as their main evidence \(at least 80 %\); not drawn: slides 2, / },
  // One diagram breaking every geometry rule (tests/browsers/diagram-geometry.ts), each named with slide and label.
  { slide: 17, kind: 'diagram', detail: /^slide 17 click 0, diagram "Fault diagram": too-small: .*fills \d+ % of the area under the headline/ },
  { slide: 17, kind: 'diagram', detail: /diagram "Fault diagram": off-centre: label "Leftward": its text is off-centre/ },
  { slide: 17, kind: 'diagram', detail: /diagram "Fault diagram": label-on-edge: label "Crossed label": the edge e2 \(no label\) runs through this label/ },
  { slide: 17, kind: 'diagram', detail: /diagram "Fault diagram": labels-overlap: label "Crossed label": it overlaps the label "Stacked label"/ },
  { slide: 17, kind: 'diagram', detail: /diagram "Fault diagram": marker-in-node: label "Cited \[9\]": the citation marker "\[9\]" sits inside this node/ },
  { slide: 17, kind: 'diagram', detail: /diagram "Fault diagram": edge-hidden: label "A label hiding its edge": the edge "A label hiding its edge" is visible along \d+ % of its length/ },
]

test('the slide walk rejects each fault of the fixture deck and names its slide', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  const faulty = await readSlides(FAULTY_DECK_ENTRY)
  // Every slide of the fixture is judged: none is on the deck's list of slides still to be drawn.
  const stage = stageChecks(slideRoles(faulty), { ...STAGE_RULES, pending: [] })
  const { problems } = await walkDeck(page, server.url, {
    extraChecks: [
      ...accessibilityChecks(faulty),
      layoutShiftCheck(),
      chartChecks(),
      diagramChecks(faulty),
      stage.check,
    ],
  })
  problems.push(...stage.finish())
  const report = problems.map(formatProblem).join('\n')
  for (const fault of expected) {
    const hit = problems.some(p => p.slide === fault.slide && p.kind === fault.kind && (!fault.detail || fault.detail.test(p.detail)) && (fault.click === undefined || p.click === fault.click))
    expect(hit, `expected a ${fault.kind} problem on slide ${fault.slide}${fault.click === undefined
      ? ''
      : ` at click ${fault.click}`}; the walk reported:\n${report}`).toBe(true)
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

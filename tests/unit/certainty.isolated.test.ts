// @vitest-environment happy-dom
/**
 * Confidence is data, and the audience sees it: a reported or alleged figure or event says so on the slide (StatCard,
 * Fig, swimlane marks, diagram labels) and in the transcript. Each test flips a fixture's certainty and watches the
 * word appear; a template that dropped the qualifier would fail them.
 */
import type { Certainty, Figure } from '../../data/schema.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { laneItems } from '../../components/swimlane.ts'
import { datedAfter } from '../../data/as-of.ts'
import { certaintyQualifier } from '../../data/certainty.ts'
import { releases, saleWindows } from '../../data/china-chips-timeline.ts'
import { exportControlEvents } from '../../data/export-controls.ts'
import { sources } from '../../data/sources.ts'
import { fillFigures } from '../../scripts/lib/diagram-source.ts'
import { slideFacts } from '../../scripts/lib/slide-facts.ts'

const fixture = vi.hoisted((): Figure<string> => ({
  label: 'chips a lab is said to hold',
  value: 50_000,
  unit: 'GPUs',
  source: 'deepseek-v3-paper',
  certainty: 'primary',
}))

vi.mock('../../data/figures.ts', async (original) => {
  const real = await original<typeof import('../../data/figures.ts')>()
  return {
    figures: { ...real.figures, fixtureFigure: fixture },
  }
})

const CERTAINTIES: Array<[Certainty, string]> = [
  ['primary', ''],
  ['reported', 'reported'],
  ['alleged', 'alleged'],
]

describe('certaintyQualifier', () => {
  it.each(CERTAINTIES)('%s → "%s"', (certainty, word) => {
    expect(certaintyQualifier(certainty)).toBe(word)
  })
})

describe('on the slide', () => {
  it.each(CERTAINTIES)('statCard and Fig show the qualifier of a %s figure', async (certainty, word) => {
    fixture.certainty = certainty
    const { default: StatCard } = await import('../../components/StatCard.vue')
    const { default: Fig } = await import('../../components/Fig.vue')
    for (const component of [StatCard, Fig]) {
      const text = mount(component, {
        props: { figure: 'fixtureFigure' as never },
      }).text()
      if (word)
        expect(text).toContain(`(${word})`)
      else
        expect(text).not.toMatch(/\((?:reported|alleged)\)/)
    }
  })

  it.each(CERTAINTIES)('a diagram label says so for a %s figure', (certainty, word) => {
    const label = fillFigures('A["{fig:x chips}"]', () => ({ value: '50,000', citation: 7, qualifier: word || undefined }))
    expect(label).toBe(word
      ? `A["50,000 chips (${word})"]`
      : 'A["50,000 chips"]')
    expect(certainty).toBeTruthy()
  })

  it.each(CERTAINTIES)('a %s swimlane event is drawn hollow exactly when it is not primary', (certainty, word) => {
    const items = laneItems([
      { ...exportControlEvents[0], certainty },
    ], [], [])
    expect(items).toHaveLength(1)
    expect(items[0].qualifier).toBe(word)
    expect(items[0].hollow).toBe(word !== '')
  })
})

describe('on the page (transcript)', () => {
  const from = {
    figures: { fixtureFigure: fixture },
    components: {},
    cite: () => 3,
  }
  it.each(CERTAINTIES)('a %s figure is qualified in the slide facts', (certainty, word) => {
    fixture.certainty = certainty
    const [line] = slideFacts('<StatCard figure="fixtureFigure" />', from)
    expect(line).toBe(`chips a lab is said to hold: 50,000 GPUs${word
      ? ` (${word})`
      : ''} [3].`)
  })

  it.each(CERTAINTIES)('a %s timeline fact is qualified in the slide facts', (certainty, word) => {
    const lines = slideFacts('<SwimlaneTimeline />', {
      ...from,
      components: {
        SwimlaneTimeline: () => [
          {
            text: 'Oct 2022, Washington: First rule',
            certainty,
            sources: ['fr-2022-advanced-computing'],
          },
        ],
      },
    })
    expect(lines).toHaveLength(1)
    if (word)
      expect(lines[0]).toBe(`Oct 2022, Washington: First rule (${word}). [3]`)
    else
      expect(lines[0]).toBe('Oct 2022, Washington: First rule. [3]')
  })

  it('lists every swimlane event, sale window and release of the deck, in date order', () => {
    const lines = slideFacts('<SwimlaneTimeline />')
    expect(lines).toHaveLength(exportControlEvents.length + saleWindows.length + releases.length)
    expect(lines.filter(l => l.includes('(reported)')).length).toBe([
      ...exportControlEvents,
      ...saleWindows,
    ].filter(e => e.certainty === 'reported').length)
  })
})

describe('the talk is current to its as-of date', () => {
  it('no source, signing date or event is dated after it', () => {
    const dated = [
      ...Object.entries(sources).flatMap(([id, s]) => [
        { id, date: s.date },
        ...('signed' in s
          ? [
              { id: `${id} (signed)`, date: s.signed },
            ]
          : []),
      ]),
      ...exportControlEvents.map(e => ({ id: e.title, date: e.date })),
    ]
    expect(datedAfter(dated)).toEqual([])
  })

  it.each([
    ['2026-11-30', true],
    ['2026-12', true],
    ['2026-11-29', false],
    ['2026-11', false],
  ])('%s after 2026-11-29: %s', (date, after) => {
    expect(datedAfter([
      { id: 'x', date },
    ], '2026-11-29').length > 0).toBe(after)
  })
})

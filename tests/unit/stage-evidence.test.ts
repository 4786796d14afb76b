import { describe, expect, it } from 'vitest'
import { deckProblems, slideProblems, STAGE_RULES } from '../../tests/e2e/stage-rules.ts'
import { content, measure } from './stage-fixtures.ts'

describe('evidence fills the stage (issue 29)', () => {
  const judged = { ...STAGE_RULES, pending: [] as number[] }
  it('rejects a live content slide whose evidence covers under 60 % of the band, naming the share', () => {
    expect(slideProblems(measure({ evidenceShare: 0.24 }), content, judged)).toEqual([
      'the evidence covers 24 % of the band between headline and source line (at least 60 %): draw the numbers larger, as a chart, diagram or timeline',
    ])
    expect(slideProblems(measure({ evidenceShare: 0.24 }), { ...content, kind: 'divider' }, judged)).toEqual([])
  })
  it('lets a slide on the pending list be, until it meets the rule: then it must come off', () => {
    const pending = {
      ...STAGE_RULES,
      pending: [5],
    }
    expect(slideProblems(measure({ evidenceShare: 0.24 }), content, pending)).toEqual([])
    expect(slideProblems(measure({ evidenceShare: 0.7 }), content, pending)).toEqual([
      'the evidence now covers 70 % of the band: take slide 5 off EVIDENCE_PENDING in tests/e2e/stage-rules.ts',
    ])
  })
  const slide = (no: number, evidenceShare: number, drawnShare: number) => ({
    role: { ...content, no },
    measure: measure({ evidenceShare, drawnShare }),
  })
  it('rejects a deck whose median slide fills under 75 %, or with under four in five slides drawn', () => {
    expect(deckProblems([
      slide(2, 0.8, 0.5),
      slide(3, 0.7, 0.5),
      slide(4, 0.65, 0.5),
    ], judged)).toEqual([
      { slide: 2, detail: 'the median live content slide\'s evidence covers 70 % of its band (at least 75 %)' },
    ])
    expect(deckProblems([
      slide(2, 0.8, 0.5),
      slide(3, 0.8, 0.1),
      slide(4, 0.8, 0.5),
    ], judged)).toEqual([
      { slide: 3, detail: '2 of 3 live content slides have a drawing covering 30 % of the band as their main evidence (at least 80 %); not drawn: slides 3' },
    ])
    expect(deckProblems([
      slide(2, 0.8, 0.5),
      slide(3, 0.8, 0.4),
      slide(4, 0.8, 0.5),
    ], judged)).toEqual([])
  })
  it('applies the deck-wide rules only once no slide is pending', () => {
    expect(deckProblems([
      slide(2, 0.65, 0.1),
    ], {
      ...STAGE_RULES,
      pending: [9],
    })).toEqual([])
  })
})

describe('balanced headlines', () => {
  it('rejects a two-line headline with one word on its last line, and passes two words or one line', () => {
    expect(slideProblems(measure({
      headline: {
        left: 110,
        top: 76,
        lines: 2,
        lastLineWords: 1,
      },
    }), content)).toEqual([
      'the headline leaves one word alone on its last line: reword it so its last line holds two words or more',
    ])
    expect(slideProblems(measure({
      headline: {
        left: 110,
        top: 76,
        lines: 2,
        lastLineWords: 2,
      },
    }), content)).toEqual([])
    expect(slideProblems(measure({
      headline: {
        left: 110,
        top: 76,
        lines: 1,
        lastLineWords: 1,
      },
    }), content)).toEqual([])
  })
})

import type { StageMeasure, TextRun } from '../../tests/browsers/measure-stage.ts'
import type { SlideRole } from '../../tests/e2e/stage-rules.ts'
import { describe, expect, it } from 'vitest'
import { deckProblems, numbersIn, slideProblems, STAGE_RULES, stepOf, unbackedHeadlineNumbers } from '../../tests/e2e/stage-rules.ts'

const BODY = 20 * 1920 / 980
const REF = 13 * 1920 / 980
const HEAD = 34 * 1920 / 980

function run(over: Partial<TextRun> = {}): TextRun {
  return {
    text: 'text',
    px: BODY,
    role: 'read',
    contrast: 15,
    lines: 1,
    block: '<p> "text"',
    svg: false,
    footer: false,
    ...over,
  }
}

function measure(over: Partial<StageMeasure> = {}): StageMeasure {
  return {
    runs: [
      run({ role: 'headline', px: HEAD, block: '<h1> "Claim"' }),
      run(),
      run({
        role: 'reference',
        px: REF,
        footer: true,
        contrast: 8,
      }),
    ],
    words: 20,
    headline: {
      left: 110,
      top: 76,
      lines: 1,
      lastLineWords: 5,
    },
    bodyTop: 0.2,
    bodyBottom: 0.9,
    contentBottom: 0.8,
    inkCentroid: 0.5,
    evidenceShare: 0.8,
    drawnShare: 0.5,
    drawn: '<svg> "A chart"',
    outsideSafeArea: [],
    headlineText: 'A claim with 671 B',
    evidenceText: '671 B parameters',
    ...over,
  }
}

const content: SlideRole = { no: 5, kind: 'content', budgetSeconds: 60 }

describe('slideProblems: a clean slide passes, and each rule rejects the slide built to break it', () => {
  it('passes a clean slide', () => {
    expect(slideProblems(measure(), content)).toEqual([])
  })

  it.each([
    [
      'read text under 36 px',
      {
        runs: [
          run({ px: 27.4, text: 'caveat' }),
        ],
      },
      /read text "caveat" is 27.4 px \(needs 36\)/,
    ],
    [
      'reference text under 24 px',
      {
        runs: [
          run({ role: 'reference', px: 21.6, text: '[8]' }),
        ],
      },
      /reference text "\[8\]" is 21.6 px \(needs 24\)/,
    ],
    [
      'a size off the type scale',
      {
        runs: [
          run({ px: 44 }),
        ],
      },
      /is 44.0 px, not a type-scale step/,
    ],
    [
      'small text under 7:1',
      {
        runs: [
          run({ role: 'reference', px: REF, contrast: 6.7 }),
        ],
      },
      /contrast 6.70:1 \(small text needs 7:1\)/,
    ],
    [
      'a block of 4 lines',
      {
        runs: [
          run({ lines: 4 }),
        ],
      },
      /text block <p> "text" runs to 4 lines \(at most 3\)/,
    ],
    [
      'a 3-line headline',
      {
        runs: [
          run({
            role: 'headline',
            px: HEAD,
            lines: 3,
            block: '<h1> "Claim"',
          }),
        ],
      },
      /headline <h1> "Claim" runs to 3 lines \(at most 2\)/,
    ],
    [
      '5 sizes',
      {
        runs: [
          REF,
          BODY,
          26 * 1920 / 980,
          HEAD,
          72 * 1920 / 980,
        ].map(px => run({ px, role: 'reference' })),
      },
      /5 text sizes/,
    ],
    [
      '41 words',
      { words: 41 },
      /41 words on screen \(at most 40\)/,
    ],
    [
      'top-heavy',
      { contentBottom: 0.55, inkCentroid: 0.3 },
      /top-heavy: 35 % of the height is empty under the content and its centre is at 30 %/,
    ],
    [
      'overscan',
      {
        outsideSafeArea: ['<span> "5 / 27"'],
      },
      /<span> "5 \/ 27" reaches into the outer 3 % of the canvas/,
    ],
    [
      'a headline number the evidence lacks',
      { headlineText: 'Eleven: 11×', evidenceText: '2.788 M and 30.84 M' },
      /the headline's 11 is not among the figures/,
    ],
  ] as Array<[string, Partial<StageMeasure>, RegExp]>)('%s', (_, over, problem) => {
    const found = slideProblems(measure(over), content)
    expect(found.some(p => problem.test(p)), found.join('\n')).toBe(true)
  })

  it('counts words per minute of the slide\'s budget', () => {
    expect(slideProblems(measure({ words: 17 }), { no: 2, kind: 'divider', budgetSeconds: 15 })).toEqual(['17 words in 15 s is 68 words a minute (at most 60)'])
    expect(slideProblems(measure({ words: 15 }), { no: 2, kind: 'divider', budgetSeconds: 15 })).toEqual([])
  })

  it('judges pages after the end as reference reading: no word or line limits, a 24 px floor', () => {
    const page = measure({
      words: 300,
      runs: [
        run({ px: REF, lines: 9 }),
      ],
    })
    expect(slideProblems(page, { no: 30, kind: 'after-end' })).toEqual([])
    expect(slideProblems(page, content).length).toBeGreaterThan(0)
  })

  it('judges balance on content slides only', () => {
    expect(slideProblems(measure({ contentBottom: 0.5, inkCentroid: 0.2 }), { no: 4, kind: 'divider', budgetSeconds: 60 })).toEqual([])
  })
})

describe('deckProblems', () => {
  const slide = (no: number, over: Partial<StageMeasure> = {}) => ({
    role: { no, kind: 'content' } as SlideRole,
    measure: measure(over),
  })
  it('finds the one headline out of place', () => {
    const found = deckProblems([
      slide(2),
      slide(3),
      slide(4, {
        headline: {
          left: 110,
          top: 90,
          lines: 1,
          lastLineWords: 5,
        },
      }),
    ])
    expect(found).toEqual([
      { slide: 4, detail: 'headline at (110.0, 90.0) px, not at the deck\'s (110.0, 76.0)' },
    ])
  })
  it('counts sizes across the deck', () => {
    const sizes = [13, 20, 26, 34, 56, 72, 15, 17, 30].map(px => px * 1920 / 980)
    const found = deckProblems(sizes.map((px, i) => slide(i + 2, {
      runs: [
        run({ px }),
      ],
    })))
    expect(found.some(f => /the deck uses 9 text sizes/.test(f.detail))).toBe(true)
  })
})

describe('helpers', () => {
  it.each([
    [BODY, false, BODY],
    [BODY * 1.015, false, BODY],
    [BODY * 1.05, false, undefined],
    [BODY * 1.1, true, BODY],
  ])('stepOf(%d, drawing %s)', (px, drawing, step) => {
    expect(stepOf(px, drawing, STAGE_RULES)).toBe(step)
  })
  it.each([
    [
      'R1 lifted AIME from 16 % to 71 % in 2025',
      [16, 71],
    ],
    [
      'A 10,000-GPU cluster, 0.25 % gap',
      [10000, 0.25],
    ],
    ['FP8 and V3 and R1', []],
  ])('numbersIn(%s)', (text, numbers) => {
    expect(numbersIn(text)).toEqual(numbers)
  })
  it.each([
    ['from 16 % to 71 %', '15.6% 71%', []],
    ['used 11× the hours', '11.1×', []],
    [
      'used 12× the hours',
      '11.1×',
      [12],
    ],
  ])('unbackedHeadlineNumbers(%s | %s)', (headline, evidence, missing) => {
    expect(unbackedHeadlineNumbers(headline, evidence)).toEqual(missing)
  })
})

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

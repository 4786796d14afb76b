import type { StageMeasure } from '../../tests/browsers/measure-stage.ts'
import type { SlideRole } from '../../tests/e2e/stage-rules.ts'
import { describe, expect, it } from 'vitest'
import { deckProblems, numbersIn, slideProblems, STAGE_RULES, stepOf, unbackedHeadlineNumbers } from '../../tests/e2e/stage-rules.ts'
import { BODY, content, HEAD, measure, REF, run } from './stage-fixtures.ts'

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

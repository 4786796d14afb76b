import { describe, expect, it } from 'vitest'
import { actOfSlide, footerLabels, footerMarkers, hasFooter, numberRanges, slideCounter, slideSources, stageSourceLine } from '../../components/slide-footer.ts'

describe('actOfSlide', () => {
  const deck = [
    { layout: 'cover' },
    {},
    { layout: 'act', act: 'rise' },
    {},
    { layout: 'act', act: 'origins' },
    {},
  ]
  it.each([
    [1, 'cold-open'],
    [2, 'cold-open'],
    [3, 'rise'],
    [4, 'rise'],
    [5, 'origins'],
    [6, 'origins'],
  ])('slide %d belongs to %s', (no, act) => expect(actOfSlide(deck, no)).toBe(act))
})

describe('hasFooter', () => {
  it.each([
    [
      { layout: 'default' },
      true,
    ],
    [undefined, true],
    [
      { layout: 'cover' },
      false,
    ],
    [
      { layout: 'act' },
      false,
    ],
    [
      { layout: 'end' },
      false,
    ],
    [
      { layout: 'default', footer: false },
      false,
    ],
  ])('%o → %s', (fm, expected) => expect(hasFooter(fm)).toBe(expected))
})

describe('slideSources', () => {
  it('returns the declared ids', () => {
    expect(slideSources({
      sources: ['deepseek-v3-paper'],
    }, 4)).toEqual(['deepseek-v3-paper'])
  })
  it('names the slide and the id when an id is unknown', () => {
    expect(() => slideSources({
      sources: ['nope'],
    }, 7)).toThrow('Slide 7: unknown source id "nope"')
  })
  it('rejects a non-list', () => {
    expect(() => slideSources({ sources: 'deepseek-v3-paper' }, 2)).toThrow(/must be a list/)
  })
})

describe('footerMarkers', () => {
  it('groups sources by (short) publisher and keeps numbers sorted and unique', () => {
    const numbers: Record<string, number> = { 'fr-2023-advanced-computing-update': 11, 'fr-2022-advanced-computing': 10, 'deepseek-v3-paper': 17 }
    const markers = footerMarkers(['fr-2023-advanced-computing-update', 'deepseek-v3-paper', 'fr-2022-advanced-computing'], id => numbers[id])
    expect(markers).toEqual([
      {
        publisher: 'Federal Register',
        numbers: [10, 11],
      },
      {
        publisher: 'DeepSeek-AI',
        numbers: [17],
      },
    ])
  })
})

describe('footerLabels', () => {
  it.each([
    [
      [1, 2, 3],
      '1–3',
    ],
    [
      [13, 14, 15, 16, 18, 20, 21],
      '13–16, 18, 20–21',
    ],
    [
      [7],
      '7',
    ],
    [
      [3, 1, 2, 2],
      '1–3',
    ],
  ])('numberRanges(%j) = %s', (numbers, text) => {
    expect(numberRanges(numbers)).toBe(text)
  })

  it('keeps publisher labels that fit on the line', () => {
    expect(footerLabels([
      {
        publisher: 'Bloomberg',
        numbers: [1],
      },
      {
        publisher: 'TechCrunch',
        numbers: [2],
      },
    ])).toEqual(['[1] Bloomberg', '[2] TechCrunch'])
  })

  it('falls back to numbers only when the labels would not fit', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      publisher: `A rather long publisher name ${i}`,
      numbers: [10 + i],
    }))
    expect(footerLabels(many)).toEqual(['[10–18] on the Sources pages'])
  })
})

describe('stageSourceLine', () => {
  const m = (...names: string[]) => names.map((publisher, i) => ({
    publisher,
    numbers: [i + 1],
  }))
  it.each([
    [[], ''],
    [
      ['Bloomberg'],
      'Source: Bloomberg',
    ],
    [
      ['DeepSeek', 'Meta'],
      'Sources: DeepSeek · Meta',
    ],
    [
      [
        'Federal Register',
        'U.S. Bureau of Industry and Security',
        'Reuters',
        'Nvidia SEC filing',
      ],
      'Sources: Federal Register · U.S. Bureau of Industry and Security and 2 more, listed after the end',
    ],
  ] as Array<[string[], string]>)('%j → %s', (names, line) => {
    expect(stageSourceLine(m(...names))).toBe(line)
  })
})

describe('slideCounter: live slides count to the close, the rest is the appendix', () => {
  const deck = [
    { layout: 'cover' },
    {},
    {},
    { layout: 'end' },
    {},
    {},
  ]
  it.each([
    [1, '1 / 4'],
    [3, '3 / 4'],
    [4, '4 / 4'],
    [5, 'Appendix 1'],
    [6, 'Appendix 2'],
  ])('slide %d of a 4-slide talk with a 2-slide appendix: "%s"', (no, text) => {
    expect(slideCounter(deck, no)).toBe(text)
  })
  it('counts every slide when there is no closing slide', () => {
    expect(slideCounter([{}, {}, {}], 2)).toBe('2 / 3')
  })
})

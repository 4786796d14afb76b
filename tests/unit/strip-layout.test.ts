import { describe, expect, it } from 'vitest'
import { stripAt, stripEnd, stripLabels, stripMonths } from '../../components/strip-layout.ts'
import { releaseSteps } from '../../data/release-steps.ts'

describe('release strip', () => {
  it.each([
    ['2023-11-01', 0],
    ['2025-02-01', 100],
    ['2024-06-17', 50],
  ])('places %s at %d %%', (date, at) => expect(stripAt(date, '2023-11-01', '2025-02-01')).toBeCloseTo(at, 0))
  it('refuses a date off the strip, naming it', () => {
    expect(() => stripAt('2025-03-01', '2023-11-01', '2025-02-01')).toThrow('2025-03-01 is not on the strip from 2023-11-01 to 2025-02-01')
  })
  it('labels months, with the year on the first and on January', () => {
    const months = stripMonths('2023-11-01', '2024-03-01').map(m => m.label)
    expect(months).toEqual([
      'Nov 2023',
      'Dec',
      'Jan 2024',
      'Feb',
      'Mar',
    ])
  })
  it.each([
    [
      'far apart: one level',
      [
        { at: 0, width: 20 },
        { at: 50, width: 20 },
      ],
      [
        [0, false],
        [0, false],
      ],
    ],
    [
      // Placing the second above the first would run its leader line through the first label: the first goes up.
      'overlapping: one goes up, and no leader line crosses a lower label',
      [
        { at: 0, width: 20 },
        { at: 10, width: 20 },
      ],
      [
        [1, false],
        [0, false],
      ],
    ],
    [
      'at the right edge: ends at its mark',
      [
        { at: 95, width: 20 },
      ],
      [
        [0, true],
      ],
    ],
    [
      'two crowded at the end: both end there, on two levels',
      [
        { at: 92, width: 10 },
        { at: 98, width: 10 },
      ],
      [
        [0, true],
        [1, true],
      ],
    ],
  ])('%s', (_, marks, want) => {
    expect(stripLabels(marks).map(l => [l.level, l.end])).toEqual(want)
  })
  it('refuses labels that cannot fit, saying what to do', () => {
    expect(() => stripLabels([
      { at: 50, width: 60 },
      { at: 51, width: 60 },
      { at: 52, width: 60 },
      { at: 53, width: 60 },
    ], 1.5, 3)).toThrow(/do not fit on 3 levels: shorten a label or widen the strip/)
  })
  it('dates every step of the talk\'s strip on it, in order', () => {
    const at = releaseSteps.map(s => stripAt(s.date, '2023-11-01', '2025-02-01'))
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })
})

describe('stripEnd: an axis that shows every date with a month to spare', () => {
  it.each([
    [
      '2026-12-04',
      ['2027-01-04', '2027-03-04'],
      '2027-05-01',
    ],
    [
      '2026-12-04',
      ['2027-02-28'],
      '2027-04-01',
    ],
    ['2026-12-04', [], '2027-02-01'],
    [
      '2026-11-30',
      ['2026-12-31'],
      '2027-02-01',
    ],
    [
      '2026-12-04',
      ['2026-01-01'],
      '2027-02-01',
    ],
  ])('from %s with %j ends on %s', (from, dates, end) => {
    expect(stripEnd(from, dates)).toBe(end)
    for (const d of dates.filter(x => x >= from))
      expect(stripAt(d, from, end)).toBeLessThan(100)
  })
})

import { describe, expect, it } from 'vitest'
import { assignRows, AXIS, day, laneItems, LANES, LAYOUT, periodOf, placeLeaderLabels, textWidth, xOf } from '../../components/swimlane.ts'
import { AS_OF } from '../../data/as-of.ts'
import { saleWindows } from '../../data/china-chips-timeline.ts'

describe('swimlane time axis', () => {
  it('is proportional: equal spans of time get equal widths', () => {
    const year1 = xOf('2024-01-01') - xOf('2023-01-01')
    const year2 = xOf('2026-01-01') - xOf('2025-01-01')
    expect(Math.abs(year1 - year2)).toBeLessThan(1)
    expect(xOf(AXIS.from)).toBe(LAYOUT.laneLabelWidth)
  })
  it('reads YYYY-MM as the first of the month', () => {
    expect(day('2024-02')).toBe(day('2024-02-01'))
  })
  it.each([
    ['2022-10-07', 0],
    ['2023-12-31', 0],
    ['2024-01-01', 1],
    ['2025-06-30', 1],
    ['2025-07-14', 2],
  ])('%s is in build step %i', (date, period) => expect(periodOf(date)).toBe(period))
  it('refuses a date after the last period', () => expect(() => periodOf('2027-02-01')).toThrow(/extend PERIODS/))
})

describe('swimlane lanes', () => {
  const items = laneItems()
  it('encodes the actor by lane: Washington and Beijing events, Nvidia windows, DeepSeek releases', () => {
    expect(new Set(items.filter(i => i.kind === 'window').map(i => i.lane))).toEqual(new Set(['nvidia']))
    expect(new Set(items.filter(i => i.kind === 'release').map(i => i.lane))).toEqual(new Set(['deepseek']))
    expect(new Set(items.filter(i => i.kind === 'event').map(i => i.lane))).toEqual(new Set(['washington', 'beijing']))
    expect(LANES.map(l => l.label)).toEqual([
      'Washington',
      'Nvidia',
      'DeepSeek',
      'Beijing',
    ])
  })
  it('shows V3 and R1 after the A800/H800 sale window closed', () => {
    const h800 = items.find(i => i.kind === 'window' && i.label.includes('H800'))!
    for (const model of ['V3', 'R1'])
      expect(items.find(i => i.label === model)!.x).toBeGreaterThan(h800.x2!)
  })
  it('keeps stage labels to four words or fewer', () => {
    const long = items.filter(i => i.label.split(/\s+/).length > 4).map(i => i.label)
    expect(long).toEqual([])
  })
  it('never lets two labels in a lane share a row where they overlap', () => {
    for (const lane of LANES.filter(l => !l.bars)) {
      const mine = items.filter(i => i.lane === lane.id && i.labelled)
      for (const a of mine) {
        for (const b of mine) {
          if (a === b || a.row !== b.row)
            continue
          const span = (i: typeof a) => (i.labelSide === 'left'
            ? [i.x - 8 - textWidth(i.label), i.x]
            : [i.x, i.x + 8 + textWidth(i.label)])
          const [a0, a1] = span(a)
          const [b0, b1] = span(b)
          expect(a1 <= b0 || b1 <= a0, `${a.label} and ${b.label}`).toBe(true)
        }
      }
    }
  })
  it('hatches windows where exports were licensed but barely sold', () => {
    expect(items.filter(i => i.hatched).length).toBe(saleWindows.filter(w => w.sales === 'licensed').length)
  })
})

describe('row assignment', () => {
  it('stacks overlapping bars and reuses a row once it is free', () => {
    expect(assignRows([
      { start: 0, end: 100 },
      { start: 50, end: 150 },
      { start: 120, end: 200 },
    ], 2)).toEqual([0, 1, 0])
  })
  it('names the label that does not fit', () => {
    expect(() => assignRows([
      { start: 0, end: 100 },
      { start: 50, end: 150 },
    ], 1, ['A', 'B'])).toThrow(/"B" does not fit in 1 rows/)
  })
  it('never lets a leader cross another label: the earlier of two close markers goes higher or to the left', () => {
    const [early, late] = placeLeaderLabels([
      { x: 100, width: 80 },
      { x: 120, width: 80 },
    ], 2)
    expect(late).toEqual({ row: 0, side: 'right' })
    expect(early.row === 1 || early.side === 'left').toBe(true)
  })
  it('keeps a label left of a line it may not cross (the talk\'s date), and every release label left of it', () => {
    expect(placeLeaderLabels([
      { x: 100, width: 80 },
    ], 1, ['a'], 6, 150)).toEqual([
      { row: 0, side: 'left' },
    ])
    expect(placeLeaderLabels([
      { x: 100, width: 80 },
    ], 1, ['a'], 6, 200)).toEqual([
      { row: 0, side: 'right' },
    ])
    for (const it of laneItems().filter(i => i.kind === 'release' && i.labelSide === 'right'))
      expect(it.x + 8 + textWidth(it.label), `release "${it.label}" runs past the as-of line`).toBeLessThanOrEqual(xOf(AS_OF) - 4)
  })
  it('fails when three crowded labels get one row', () => {
    expect(() => placeLeaderLabels([
      { x: 100, width: 80 },
      { x: 110, width: 80 },
      { x: 120, width: 80 },
    ], 1, ['a', 'b', 'c'])).toThrow(/does not fit in 1 rows/)
  })
})

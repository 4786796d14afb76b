import { describe, expect, it } from 'vitest'
import { dayIndex, eventPlacement, weekDays } from '../../components/week-layout.ts'
import { week } from '../../data/week.ts'

describe('weekDays', () => {
  it.each([
    [
      '2025-01-20',
      '2025-01-27',
      8,
      'Mon 20',
      'Mon 27',
    ],
    [
      '2025-01-20',
      '2025-01-20',
      1,
      'Mon 20',
      'Mon 20',
    ],
    [
      '2024-12-30',
      '2025-01-02',
      4,
      'Mon 30',
      'Thu 2',
    ],
  ])('%s to %s: %d equal columns, %s … %s', (start, end, count, first, last) => {
    const days = weekDays(start, end)
    expect(days).toHaveLength(count)
    expect(days[0].label).toBe(first)
    expect(days.at(-1)!.label).toBe(last)
    expect(days.at(-1)!.at + days.at(-1)!.width).toBeCloseTo(100, 6)
  })

  it.each([
    ['2025-01-27', '2025-01-20'],
    ['2025-01-01', '2025-02-01'],
    ['soon', '2025-01-20'],
  ])('refuses %s to %s', (start, end) => {
    expect(() => weekDays(start, end)).toThrow(RangeError)
  })

  it('places every event of the week on its day, and refuses a date off the strip', () => {
    const days = weekDays(week.start, week.end)
    expect(week.events.map(e => dayIndex(days, e.date))).toEqual([0, 3, 6, 7])
    expect(() => dayIndex(days, '2025-02-01')).toThrow(/2025-02-01 is not on the strip/)
  })

  it('keeps each stage label to four words', () => {
    expect(week.events.filter(e => e.stage.split(/\s+/).length > 4).map(e => e.stage)).toEqual([])
  })
})

describe('eventPlacement', () => {
  const days = weekDays('2025-01-20', '2025-01-27')
  it.each([
    [
      0,
      false,
      { left: '0%', width: '25%' },
    ],
    [
      6,
      false,
      { left: '75%', width: '25%' },
    ],
    [
      7,
      true,
      { right: '0', width: '25%' },
    ],
  ])('day %d: end %s', (i, end, style) => {
    expect(eventPlacement(days[i])).toEqual({ end, style })
  })
})

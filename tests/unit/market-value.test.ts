import type { Figure } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { valueCliff } from '../../components/market-value.ts'
import { figures } from '../../data/figures.ts'

function fig(value: number, unit: Figure<string>['unit']): Figure<string> {
  return {
    label: `${value} ${unit}`,
    value,
    unit,
    source: 's',
    certainty: 'primary',
  }
}

describe('value cliff', () => {
  it('nvidia on 27 Jan 2025: $589 B at 17 % implies about $3.5 T before and $2.9 T after', () => {
    const c = valueCliff(figures.nvidiaOneDayDrop, figures.nvidiaValueErased)
    expect(c.before / 1e12).toBeCloseTo(3.46, 2)
    expect(c.after / 1e12).toBeCloseTo(2.88, 2)
    expect(c.share).toBeCloseTo(0.17)
  })
  it.each([
    [-50, 100e9, 200e9, 100e9],
    [-10, 1e9, 10e9, 9e9],
  ])('a fall of %d %% losing %d: before %d, after %d', (fall, lost, before, after) => {
    const c = valueCliff(fig(fall, '%'), fig(lost, 'USD'))
    expect(c.before).toBeCloseTo(before)
    expect(c.after).toBeCloseTo(after)
  })
  it.each([
    [
      'a rise',
      fig(5, '%'),
      fig(1e9, 'USD'),
      /must be a fall in per cent/,
    ],
    [
      'a fall of everything',
      fig(-100, '%'),
      fig(1e9, 'USD'),
      /must be a fall in per cent/,
    ],
    [
      'a loss in yuan',
      fig(-10, '%'),
      fig(1e9, 'CNY'),
      /must be a positive amount in USD/,
    ],
  ])('refuses %s, naming it', (_, fall, lost, message) => {
    expect(() => valueCliff(fall, lost)).toThrow(message)
  })
})

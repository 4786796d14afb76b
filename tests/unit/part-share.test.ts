import type { Figure } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { partRows, shareText } from '../../components/part-share.ts'
import { figures } from '../../data/figures.ts'

describe('part-to-whole bars', () => {
  it('draws V3 and V4-Pro on one scale, each part as a share of its own whole', () => {
    const [v3, v4] = partRows([
      { name: 'V3', part: figures.r1ActiveParams, whole: figures.r1TotalParams },
      { name: 'V4-Pro', part: figures.v4ProActiveParams, whole: figures.v4ProTotalParams },
    ])
    expect(v4.wholeLength).toBe(1)
    expect(v3.wholeLength).toBeCloseTo(671 / 1600)
    expect(v3.share).toBeCloseTo(37 / 671)
    expect([v3.partText, v3.wholeText, v3.shareText]).toEqual(['37 B', '671 B', '5.5 %'])
    expect(v4.shareText).toBe('3.1 %')
  })
  it.each([
    [0.055, '5.5 %'],
    [0.0306, '3.1 %'],
    [0.099, '9.9 %'],
    [0.1, '10 %'],
    [0.556, '56 %'],
  ])('writes a share of %d as "%s"', (share, text) => expect(shareText(share)).toBe(text))
  const fig = (value: number, unit: Figure<string>['unit']): Figure<string> => ({
    label: `${value}`,
    value,
    unit,
    source: 's',
    certainty: 'primary',
  })
  it.each([
    [
      'units differ',
      fig(1, 'params'),
      fig(2, 'tokens'),
      /needs one unit/,
    ],
    [
      'part larger than whole',
      fig(3, 'params'),
      fig(2, 'params'),
      /at most the whole/,
    ],
    [
      'part of zero',
      fig(0, 'params'),
      fig(2, 'params'),
      /above 0/,
    ],
  ])('refuses a row whose %s', (_, part, whole, message) => {
    expect(() => partRows([
      { name: 'row', part, whole },
    ])).toThrow(message)
  })
})

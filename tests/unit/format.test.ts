import { describe, expect, it } from 'vitest'
import { compact, figureParts, formatBytes, formatValue, significant } from '../../data/format.ts'

describe('significant', () => {
  it.each([
    [5.576, '5.576'],
    [30.84, '30.84'],
    [11.0617, '11.06'],
    [589, '589'],
    [10000, '10,000'],
  ])('%d → %s', (value, expected) => expect(significant(value)).toBe(expected))
  it('refuses NaN and Infinity', () => {
    expect(() => significant(Number.NaN)).toThrow(RangeError)
    expect(() => significant(Infinity)).toThrow(RangeError)
  })
})

describe('compact', () => {
  it.each([
    [2_788_000, '2.788 M'],
    [30_840_000, '30.84 M'],
    [589e9, '589 B'],
    [294_000, '294 K'],
    [10_000, '10,000'],
    [-1_500_000, '\u22121.5 M'],
  ])('%d → %s', (value, expected) => expect(compact(value)).toBe(expected))
})

describe('formatValue', () => {
  it.each([
    [-17, '%', '\u221217\u00A0%'],
    [71, '%', '71\u00A0%'],
    [5_576_000, 'USD', '$5.576 M'],
    [589e9, 'USD', '$589 B'],
    [2_788_000, 'GPU-hours', '2.788 M GPU-hours'],
    [10_000, 'GPUs', '10,000 GPUs'],
    [11.06, 'x', '11.1×'],
    [671e9, 'params', '671 B'],
    [2021, 'year', '2021'],
    [100e9, 'CNY', '¥100 B'],
  ] as const)('%d %s → %s', (value, unit, expected) => expect(formatValue(value, unit)).toBe(expected))
})

describe('formatBytes', () => {
  it.each([
    [512, '512 bytes'],
    [70_272, '68.6 KiB'],
    [516_096, '504 KiB'],
    [3_997_696, '3.81 MiB'],
  ])('%d → %s', (value, expected) => expect(formatBytes(value)).toBe(expected))
  it('refuses negative and non-finite sizes', () => {
    expect(() => formatBytes(-1)).toThrow(RangeError)
    expect(() => formatBytes(Number.NaN)).toThrow(RangeError)
  })
})

describe('figureParts', () => {
  it.each([
    [
      { value: 2_788_000, unit: 'GPU-hours' },
      '2.788 M',
      'GPU-hours',
    ],
    [
      { value: 10_000, unit: 'GPUs' },
      '10,000',
      'GPUs',
    ],
    [
      { value: 589e9, unit: 'USD' },
      '$589 B',
      '',
    ],
  ] as const)('%o → %s + %s', (f, number, suffix) => {
    expect(figureParts({
      label: 'x',
      source: 's',
      certainty: 'primary',
      ...f,
    })).toEqual({ number, suffix })
  })
})

import { describe, expect, it } from 'vitest'
import { agrees, contradicts, noteNumbers, sameUnit } from '../../scripts/check/note-numbers.ts'

describe('noteNumbers reads numbers a speaker writes', () => {
  it.each([
    ['about sixteen percent', 16, '%'],
    ['seventy-one percent', 71, '%'],
    ['a hundred and sixty million dollars', 160e6, 'USD'],
    ['eleven hundred GPUs', 1100, 'GPUs'],
    ['¥1 billion', 1e9, 'CNY'],
    ['about a hundred billion yuan', 1e11, 'CNY'],
    ['$589 billion', 589e9, 'USD'],
    ['1.6 trillion parameters', 1.6e12, 'params'],
    ['2,788,000 GPU-hours', 2.788e6, 'GPU-hours'],
    ['37 billion of them', 37e9, undefined],
  ])('%s → %d %s', (text, value, unit) => {
    expect(noteNumbers(text)).toEqual([
      {
        text: expect.any(String),
        value,
        unit,
      },
    ])
  })
  it('leaves out years and lone articles', () => {
    expect(noteNumbers('In 2023 a lab began; by 2025 it shipped.')).toEqual([])
  })
})

describe('agreement and contradiction', () => {
  it.each([
    [16, 15.6, true, false],
    [17, -17, true, false],
    [60e9, 50e9, false, true],
    [70e9, 37e9, false, false],
    [1, 6, false, false],
  ])('%d against %d: agrees %s, contradicts %s', (noted, value, a, c) => {
    expect(agrees(noted, value)).toBe(a)
    expect(contradicts(noted, value)).toBe(c)
  })
  it('compares a bare number only when it is large, and only with counts', () => {
    expect(sameUnit('params', { text: '37 billion', value: 37e9 })).toBe(true)
    expect(sameUnit('count', { text: 'four', value: 4 })).toBe(false)
    expect(sameUnit('%', { text: 'seventeen', value: 17 })).toBe(false)
    expect(sameUnit('%', { text: 'seventeen percent', value: 17, unit: '%' })).toBe(true)
  })
})

import type { BenchmarkRow } from '../../data/benchmarks.ts'
import { describe, expect, it } from 'vitest'
import { chartRows, deltaLabel, deltaPosition, revealClick } from '../../components/benchmark-rows.ts'
import { benchmarks } from '../../data/benchmarks.ts'

function row(r1: number, o1: number, group: BenchmarkRow['group'] = 'maths'): BenchmarkRow {
  return {
    name: `${r1}-${o1}`,
    group,
    metric: 'pass@1 %',
    r1,
    o1,
    v3: 0,
    o1Mini: 0,
  }
}

describe('chartRows', () => {
  it.each([
    [79.8, 79.2, 'r1', 0.6],
    [71.5, 75.7, 'o1', 4.2],
    [50, 50, 'tie', 0],
  ] as const)('r1 %d vs o1 %d → %s by %d', (r1, o1, winner, margin) => {
    expect(chartRows([
      row(r1, o1),
    ])[0]).toMatchObject({ winner, margin })
  })

  it('orders rows maths, code, knowledge', () => {
    expect(chartRows([
      row(1, 2, 'knowledge'),
      row(3, 4, 'code'),
      row(5, 6, 'maths'),
    ]).map(r => r.group)).toEqual(['maths', 'code', 'knowledge'])
  })

  it.each([Number.NaN, -1, 2029])('refuses %d (not on a 0–100 scale, e.g. a Codeforces rating)', (bad) => {
    expect(() => chartRows([
      row(bad, 50),
    ])).toThrow(RangeError)
  })

  it('on the paper\'s data: R1 wins 4 rows, o1 wins 3', () => {
    const rows = chartRows(benchmarks)
    expect(rows.filter(r => r.winner === 'r1').map(r => r.name).sort()).toEqual([
      'AIME 2024',
      'LiveCodeBench',
      'MATH-500',
      'SWE-bench Verified',
    ])
    expect(rows.filter(r => r.winner === 'o1')).toHaveLength(3)
  })
})

describe('revealClick', () => {
  it.each([
    ['maths', 1],
    ['code', 2],
    ['knowledge', 3],
  ] as const)('%s at click %d', (g, n) => expect(revealClick(g)).toBe(n))
})

describe('the diverging axis (R1 − o1)', () => {
  it.each([
    [79.8, 79.2, '+0.6', 56],
    [71.5, 75.7, '−4.2', 8],
    [50, 50, '0.0', 50],
    [55, 50, '+5.0', 100],
  ] as const)('r1 %d vs o1 %d → %s at %d %%', (r1, o1, label, at) => {
    expect(deltaLabel({ r1, o1 })).toBe(label)
    expect(deltaPosition({ r1, o1, name: 'x' })).toBeCloseTo(at, 5)
  })

  it('refuses a gap the axis cannot show, naming the row', () => {
    expect(() => deltaPosition({ r1: 60, o1: 50, name: 'Wide' })).toThrow(/Wide: a gap of 10.0 points/)
  })

  it('fits every row of the paper', () => {
    expect(() => chartRows(benchmarks).map(r => deltaPosition(r))).not.toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { figuresOf, lighthouseTable, median, medianRun, roundOrder } from '../../scripts/bench/lighthouse.ts'

function report(perf: number, tbt: number) {
  return {
    categories: {
      performance: { score: perf / 100 },
      accessibility: { score: 1 },
    },
    audits: {
      'first-contentful-paint': { numericValue: 940.4 },
      'largest-contentful-paint': { numericValue: 1096.6 },
      'total-blocking-time': { numericValue: tbt },
      'cumulative-layout-shift': { numericValue: 0.00041 },
      'mainthread-work-breakdown': { numericValue: 1532.2 },
      'total-byte-weight': { numericValue: 192575 },
    },
  }
}

describe('figuresOf', () => {
  it('reads the scores and metrics of a Lighthouse report', () => {
    expect(figuresOf(report(96, 228))).toEqual({
      performance: 96,
      accessibility: 100,
      fcp: 940,
      lcp: 1097,
      tbt: 228,
      cls: 0,
      mainThread: 1532,
      transferKiB: 188.1,
    })
  })
  it('says which figure a report lacks', () => {
    const r = report(96, 228) as { audits: Record<string, unknown> }
    delete r.audits['total-blocking-time']
    expect(() => figuresOf(r as never)).toThrow('The Lighthouse report has no total-blocking-time figure.')
  })
})

describe('median and rounds', () => {
  it.each([
    [
      [3],
      3,
    ],
    [
      [5, 1, 3],
      3,
    ],
    [
      [4, 1, 3, 2],
      2.5,
    ],
  ])('median of %j is %d', (values, m) => {
    expect(median(values)).toBe(m)
  })
  it.each([
    [
      3,
      0,
      [0, 1, 2],
    ],
    [
      3,
      1,
      [1, 2, 0],
    ],
    [
      3,
      2,
      [2, 0, 1],
    ],
  ])('%d variants, round %d run in the order %j', (count, round, order) => {
    expect(roundOrder(count, round)).toEqual(order)
  })
  it('takes each figure\'s median separately and prints one row per variant with every run\'s score', () => {
    const runs = [
      figuresOf(report(90, 300)),
      figuresOf(report(97, 100)),
      figuresOf(report(95, 200)),
    ]
    expect(medianRun(runs).performance).toBe(95)
    expect(medianRun(runs).tbt).toBe(200)
    const table = lighthouseTable([
      { name: 'deck /1', url: 'http://x/1', preset: 'mobile' },
    ], [runs])
    expect(table.split('\n')[2]).toBe('| deck /1 | mobile | 95 | 100 | 940 | 1097 | 200 | 0 | 1532 | 188.1 | 90 / 97 / 95 |')
  })
})

import type { RehearsalReport } from '../../components/rehearsal-report.ts'
import { describe, expect, it } from 'vitest'
import { totalChart } from '../../components/report-totals.ts'

function report(totals: number[], planned = 1380, slot = 1500): RehearsalReport {
  return {
    runs: totals.map((total, i) => ({
      name: `run-${i + 1}.json`,
      started: i,
      total,
      paused: 0,
    })),
    rows: [],
    planned,
    slot,
  }
}

describe('totalChart: the trend across runs against the slot and the plan', () => {
  it.each<[string, number[], number[], number, number, string[]]>([
    // what, totals (s) → bar shares, slot share, planned share, labels
    [
      'a run over the slot sets the scale',
      [1653, 1465, 1293],
      [1, 1465 / 1653, 1293 / 1653],
      1500 / 1653,
      1380 / 1653,
      ['Run 1 27:33 · over the slot', 'Run 2 24:25', 'Run 3 21:33'],
    ],
    [
      'all within the slot: the slot sets the scale',
      [1200, 1380],
      [0.8, 0.92],
      1,
      0.92,
      ['Run 1 20:00', 'Run 2 23:00'],
    ],
    [
      'exactly the slot is not over it',
      [1500],
      [1],
      1,
      0.92,
      ['Run 1 25:00'],
    ],
  ])('%s', (_, totals, shares, slot, planned, labels) => {
    const chart = totalChart(report(totals))
    chart.bars.forEach((bar, i) => expect(bar.share).toBeCloseTo(shares[i], 6))
    expect(chart.slot.share).toBeCloseTo(slot, 6)
    expect(chart.planned.share).toBeCloseTo(planned, 6)
    expect(chart.bars.map(b => `${b.name} ${b.label}`)).toEqual(labels)
    expect(chart.bars.map(b => b.over)).toEqual(totals.map(t => t > 1500))
  })
  it('labels the lines', () => {
    const chart = totalChart(report([100]))
    expect([chart.slot.label, chart.planned.label]).toEqual(['25:00 slot', '23:00 planned'])
  })
})

import type { RehearsalReport } from './rehearsal-report.ts'
import { clock } from './pacing.ts'

/** One run's total, ready to draw as a bar against the slot and the plan (the report's second chart). */
export interface TotalBar {
  /** "Run 2", beside the bar's start; "27:33 · over the slot", its total in words after its end. */
  name: string
  label: string
  /** The total as a share (0–1) of the longest of the slot, the plan and every total: one scale for the chart. */
  share: number
  over: boolean
}

export interface TotalChart {
  bars: TotalBar[]
  /** Where the slot and the planned total fall on the same scale, and their labels. */
  slot: { share: number, label: string }
  planned: { share: number, label: string }
}

/** The trend across runs as bars, oldest first, with the slot and the planned total drawn as lines across them. */
export function totalChart(report: RehearsalReport): TotalChart {
  const longest = Math.max(1, report.slot, report.planned, ...report.runs.map(r => r.total))
  return {
    bars: report.runs.map((r, i) => ({
      name: `Run ${i + 1}`,
      label: `${clock(r.total)}${r.total > report.slot
        ? ' · over the slot'
        : ''}`,
      share: r.total / longest,
      over: r.total > report.slot,
    })),
    slot: { share: report.slot / longest, label: `${clock(report.slot)} slot` },
    planned: { share: report.planned / longest, label: `${clock(report.planned)} planned` },
  }
}

import type { BenchmarkGroup, BenchmarkRow } from '../data/benchmarks.ts'

export type Winner = 'r1' | 'o1' | 'tie'

export interface ChartRow extends BenchmarkRow {
  winner: Winner
  /** Absolute gap in the row's own unit. */
  margin: number
}

export const GROUP_ORDER: BenchmarkGroup[] = ['maths', 'code', 'knowledge']
export const GROUP_LABELS: Record<BenchmarkGroup, string> = { maths: 'Maths', code: 'Code', knowledge: 'Knowledge' }

/**
 * Rows in reveal order (maths, code, knowledge), with the winner of each. Every metric here is on a 0–100 scale
 * (pass@1 %, percentile, resolved %); a rating would need its own axis, so it is refused.
 */
export function chartRows(rows: BenchmarkRow[]): ChartRow[] {
  for (const row of rows) {
    for (const value of [row.r1, row.o1, row.v3, row.o1Mini]) {
      if (!Number.isFinite(value) || value < 0 || value > 100)
        throw new RangeError(`${row.name}: ${value} is not on a 0–100 scale`)
    }
  }
  return [...rows]
    .sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group))
    .map(row => ({
      ...row,
      winner: row.r1 > row.o1
        ? 'r1'
        : row.o1 > row.r1
          ? 'o1'
          : 'tie',
      margin: Math.round(Math.abs(row.r1 - row.o1) * 10) / 10,
    }))
}

/** The click (1-based) at which a row's group is revealed. */
export function revealClick(group: BenchmarkGroup): number {
  return GROUP_ORDER.indexOf(group) + 1
}

/** The diverging axis runs from o1 ahead by this many points to R1 ahead by as many. */
export const DELTA_RANGE = 5

/** R1 − o1 in points, one decimal, signed ("+0.6", "−4.2", "0.0"). */
export function deltaLabel(row: Pick<BenchmarkRow, 'r1' | 'o1'>): string {
  const delta = Math.round((row.r1 - row.o1) * 10) / 10
  if (delta === 0)
    return '0.0'
  return `${delta > 0
    ? '+'
    : '−'}${Math.abs(delta).toFixed(1)}`
}

/**
 * Where the row's dot sits on the diverging axis, in % of its width: 50 is a tie, 100 is R1 ahead by `range`. A gap
 * wider than the axis is refused, so the chart never clips a result silently.
 */
export function deltaPosition(row: Pick<BenchmarkRow, 'r1' | 'o1' | 'name'>, range = DELTA_RANGE): number {
  const delta = row.r1 - row.o1
  if (Math.abs(delta) > range)
    throw new RangeError(`${row.name}: a gap of ${Math.abs(delta).toFixed(1)} points does not fit the ±${range} axis; widen DELTA_RANGE`)
  return 50 + (delta / range) * 50
}

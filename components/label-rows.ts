/** Rows for labels that must not overlap: bars stacked in rows, and labels on leaders above a baseline. Pure. */

export interface Span { start: number, end: number }

/**
 * Greedy row assignment for bars, left to right: a row index per item in input order; throws naming the item when
 * `rows` are not enough.
 */
export function assignRows(spans: Span[], rows: number, names: string[] = [], gap = 6): number[] {
  const order = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start)
  const ends = Array.from<number>({ length: rows }).fill(-Infinity)
  const out = Array.from<number>({ length: spans.length }).fill(-1)
  for (const s of order) {
    const row = ends.findIndex(end => end + gap <= s.start)
    if (row < 0)
      throw new Error(`The swimlane label "${names[s.i] ?? s.i}" does not fit in ${rows} rows: shorten a stage label or give its lane another row.`)
    ends[row] = s.end
    out[s.i] = row
  }
  return out
}

export interface Placement { row: number, side: 'right' | 'left' }

/**
 * Labels on leaders above a baseline: each marker at `x` gets a row and a side for a label `width` wide, so that no
 * two labels overlap and no leader (drawn from the baseline up to its own row) crosses another label. Right to left,
 * the right side in any row before the left side, lowest row first; a label may not run past `right` (a line drawn
 * there, such as the talk's date). Throws naming the label when `rows` are not enough.
 */
export function placeLeaderLabels(points: Array<{ x: number, width: number }>, rows: number, names: string[] = [], gap = 6, right = Infinity): Placement[] {
  const placed: Array<{ x: number, row: number, start: number, end: number }> = []
  const out: Placement[] = Array.from({ length: points.length }, () => ({ row: -1, side: 'right' as const }))
  const order = points.map((p, i) => ({ ...p, i })).sort((a, b) => b.x - a.x)
  for (const p of order) {
    let done = false
    for (const side of ['right', 'left'] as const) {
      for (let row = 0; row < rows && !done; row++) {
        const start = side === 'right'
          ? p.x - 2
          : p.x - 8 - p.width
        const end = side === 'right'
          ? p.x + 8 + p.width
          : p.x + 2
        const clash = end > right || placed.some(q =>
          (q.row === row && start < q.end + gap && q.start < end + gap)
          || (q.row > row && q.x >= start && q.x <= end)
          || (q.row < row && p.x >= q.start && p.x <= q.end))
        if (!clash) {
          placed.push({ x: p.x, row, start, end })
          out[p.i] = { row, side }
          done = true
        }
      }
    }
    if (!done)
      throw new Error(`The swimlane label "${names[p.i] ?? p.i}" does not fit in ${rows} rows: shorten a stage label or give its lane another row.`)
  }
  return out
}

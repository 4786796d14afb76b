import type { Figure } from '../data/schema.ts'
import { formatFigure } from '../data/format.ts'

/** One part-to-whole row as drawn: the whole's length on the shared scale, the part's share of it, and the words. */
export interface PartRow {
  name: string
  /** The whole bar's length as a share (0–1) of the longest whole drawn beside it: one scale for every row. */
  wholeLength: number
  /** The lit part as a share (0–1) of its own whole. */
  share: number
  partText: string
  wholeText: string
  /** "5.5 %": the share in the deck's number style (one decimal under 10 %, whole numbers above). */
  shareText: string
}

/** "5.5 %", "12 %": a share for the stage, with the deck's space before the sign. */
export function shareText(share: number): string {
  const pct = share * 100
  return `${pct < 10
    ? pct.toFixed(1)
    : Math.round(pct)} %`
}

/**
 * Part-to-whole rows on one scale (slides 6, 20 and 26: parameters active per token of those in total). Part and
 * whole must share a unit and the part must be a positive amount no larger than its whole.
 */
export function partRows(rows: Array<{ name: string, part: Figure<string>, whole: Figure<string> }>): PartRow[] {
  for (const { name, part, whole } of rows) {
    if (part.unit !== whole.unit)
      throw new TypeError(`${name}: "${part.label}" is in ${part.unit} and "${whole.label}" in ${whole.unit}; a part-to-whole bar needs one unit`)
    if (!(part.value > 0) || part.value > whole.value)
      throw new RangeError(`${name}: the part (${part.value}) must be above 0 and at most the whole (${whole.value})`)
  }
  const longest = Math.max(...rows.map(r => r.whole.value))
  return rows.map(({ name, part, whole }) => ({
    name,
    wholeLength: whole.value / longest,
    share: part.value / whole.value,
    partText: formatFigure(part),
    wholeText: formatFigure(whole),
    shareText: shareText(part.value / whole.value),
  }))
}

/** Where the release strip (slide 9) puts its marks and labels: pure arithmetic, table-tested in tests/unit. */

const DAY_MS = 86_400_000

export interface StripMonth {
  /** "Jan 2024" at a year's first month and the strip's first, else "Mar"; `at` in % of the strip. */
  label: string
  at: number
}

export interface StripLabel {
  /** The mark's position in % of the strip, and the label's level above the axis (0 = nearest). */
  at: number
  level: number
  /** A label that would run off the right edge ends at its mark instead of starting there. */
  end: boolean
}

const days = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS

/** `date`'s place between `from` and `to`, in % (0–100); a date outside is an error naming it. */
export function stripAt(date: string, from: string, to: string): number {
  const at = ((days(date) - days(from)) / (days(to) - days(from))) * 100
  if (!Number.isFinite(at) || at < 0 || at > 100)
    throw new RangeError(`${date} is not on the strip from ${from} to ${to}`)
  return at
}

/** The first of every month from `from` to `to`, with the year on January and on the first month. */
export function stripMonths(from: string, to: string): StripMonth[] {
  const out: StripMonth[] = []
  const start = new Date(`${from.slice(0, 7)}-01T00:00:00Z`)
  for (let d = start; d.toISOString().slice(0, 10) <= to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const iso = d.toISOString().slice(0, 10)
    if (iso < from)
      continue
    const month = d.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })
    out.push({
      label: d.getUTCMonth() === 0 || !out.length
        ? `${month} ${d.getUTCFullYear()}`
        : month,
      at: stripAt(iso, from, to),
    })
  }
  return out
}

/**
 * Levels and alignments for labels of the given widths (in % of the strip) at the given marks. A label starts at its
 * mark, or ends there (always, when starting there would overrun the right edge). Each mark's leader line rises from
 * the axis to its label, so no two labels on one level may overlap, and no leader line may cross a lower label (with
 * `gap` % to spare). Of the layouts that meet both, the one with the fewest levels wins, then the lowest labels, then
 * the most labels starting at their marks. Few marks (a talk's strip has five), so every layout is tried.
 */
export function stripLabels(marks: Array<{ at: number, width: number }>, gap = 1.5, maxLevels = 3): StripLabel[] {
  const options = marks.map(({ at, width }) => (at + width > 100
    ? [true]
    : [false, true]).filter(end => !end || at - width >= 0 || at + width > 100).flatMap(end => Array.from({ length: maxLevels }, (_, level) => ({
    at,
    level,
    end,
    left: end
      ? at - width
      : at,
    right: end
      ? at
      : at + width,
  }))))
  type Option = (typeof options)[number][number]
  const clash = (a: Option, b: Option) => (a.level === b.level && a.left < b.right + gap && b.left < a.right + gap)
    || (a.level < b.level && b.at >= a.left - gap && b.at <= a.right + gap)
    || (b.level < a.level && a.at >= b.left - gap && a.at <= b.right + gap)
  const cost = (layout: Option[]) => (Math.max(...layout.map(o => o.level)) * 1000) + layout.reduce((sum, o) => sum + o.level * 10 + (o.end ? 1 : 0), 0)
  let best: Option[] | undefined
  const search = (i: number, chosen: Option[]) => {
    if (i === options.length) {
      if (!best || cost(chosen) < cost(best))
        best = [...chosen]
      return
    }
    for (const option of options[i]) {
      if (chosen.every(o => !clash(o, option)))
        search(i + 1, [...chosen, option])
    }
  }
  search(0, [])
  if (!best)
    throw new RangeError(`The strip's ${marks.length} labels do not fit on ${maxLevels} levels: shorten a label or widen the strip`)
  return best.map(({ at, level, end }) => ({ at, level, end }))
}

/**
 * The end of an axis that starts at `from` and must show every date in `dates`: the first day of the second month
 * after the latest (or after `from`), so the last mark has a month of room to its right and a tick to end on.
 */
export function stripEnd(from: string, dates: string[]): string {
  const latest = [
    from,
    ...dates,
  ].sort().at(-1)!
  const d = new Date(`${latest.slice(0, 7)}-01T00:00:00Z`)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 1)).toISOString().slice(0, 10)
}

const DAY_MS = 86_400_000

export interface DayMark {
  date: string
  /** "Mon 20" */
  label: string
  /** Left edge of the day's column, in % of the strip; every day gets the same width. */
  at: number
  width: number
}

/** The days from `start` to `end` (inclusive) as equal columns; an end before the start, or over 14 days, is refused. */
export function weekDays(start: string, end: string): DayMark[] {
  const a = Date.parse(`${start}T00:00:00Z`)
  const b = Date.parse(`${end}T00:00:00Z`)
  const days = Math.round((b - a) / DAY_MS) + 1
  if (!Number.isFinite(days) || days < 1 || days > 14)
    throw new RangeError(`The week strip needs 1 to 14 days, not ${start} to ${end}`)
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(a + i * DAY_MS)
    return {
      date: d.toISOString().slice(0, 10),
      label: `${d.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${d.getUTCDate()}`,
      at: (i / days) * 100,
      width: 100 / days,
    }
  })
}

/** The column of an event's date; a date outside the strip is an error naming it. */
export function dayIndex(days: DayMark[], date: string): number {
  const i = days.findIndex(d => d.date === date)
  if (i < 0)
    throw new RangeError(`${date} is not on the strip (${days[0]?.date} to ${days.at(-1)?.date})`)
  return i
}

/**
 * Where an event's label goes: from its day rightwards over `span` days, or, when that would leave the strip, ending
 * at the strip's right edge (`end`), so a label on the last days never runs off the canvas.
 */
export function eventPlacement(day: DayMark, span = 2): { end: boolean, style: Record<string, string> } {
  const width = `${day.width * span}%`
  return day.at + day.width * span > 100 + 1e-9
    ? {
        end: true,
        style: { right: '0', width },
      }
    : {
        end: false,
        style: { left: `${day.at}%`, width },
      }
}

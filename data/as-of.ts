/**
 * The date the talk's facts are current to: shown on the title slide, in the handout footer and in the transcript
 * header, and no source or event may be dated after it (tests/unit/data.test.ts).
 */
export const AS_OF = '2026-12-04'

/**
 * The day every claim in data/ was last checked against its sources, unless the claim says otherwise (`checked`):
 * the independent fact-check of 4 December 2026 (../shared/research/factcheck-2026-12.md) and the fixes that
 * followed it. The as-of date may not be later than the oldest check of a claim on a live slide.
 */
export const FACTS_CHECKED = '2026-12-04'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * "29 November 2026". Spelt out by hand rather than with `toLocaleDateString`: the title slide shows it, and the
 * browser's date formatter costs ~25 ms of a phone's first slide to set up.
 */
export function asOfLabel(iso: string = AS_OF): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = MONTHS[Number(match?.[2]) - 1]
  if (!match || !month || Number(match[3]) < 1 || Number(match[3]) > 31)
    throw new Error(`"${iso}" is not a date as YYYY-MM-DD.`)
  return `${Number(match[3])} ${month} ${match[1]}`
}

export interface Dated {
  id: string
  date: string
}

/** The items dated after the as-of date (YYYY-MM compares as its first day), for a test that must stay empty. */
export function datedAfter(items: Dated[], asOf: string = AS_OF): Dated[] {
  return items.filter(item => item.date.slice(0, 10) > asOf)
}

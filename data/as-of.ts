/**
 * The date the talk's facts are current to: shown on the title slide, in the handout footer and in the transcript
 * header, and no source or event may be dated after it (tests/unit/data.test.ts).
 */
export const AS_OF = '2026-11-29'

/** "29 November 2026". */
export function asOfLabel(iso: string = AS_OF): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export interface Dated {
  id: string
  date: string
}

/** The items dated after the as-of date (YYYY-MM compares as its first day), for a test that must stay empty. */
export function datedAfter(items: Dated[], asOf: string = AS_OF): Dated[] {
  return items.filter(item => item.date.slice(0, 10) > asOf)
}

import { describe, expect, it } from 'vitest'
import { AS_OF, asOfLabel } from '../../data/as-of.ts'

describe('asOfLabel spells the date as the browser\'s en-GB formatter would', () => {
  it.each([
    AS_OF,
    '2026-11-29',
    '2025-01-27',
    '2024-02-29',
    '2026-12-01',
    '2023-10-17',
  ])('%s', (iso) => {
    const reference = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    expect(asOfLabel(iso)).toBe(reference)
  })
  it.each([
    '2026-13-01',
    '2026-00-10',
    '29 November 2026',
    '2026-11-32',
    '',
  ])('refuses %j', (bad) => {
    expect(() => asOfLabel(bad)).toThrow(/YYYY-MM-DD/)
  })
})

/** A relay message as the deck sends it, and its frame with some fields changed, for the relay's tests. */
export const NAV = {
  type: 'nav',
  page: 3,
  clicks: 1,
  clicksTotal: 2,
  lastUpdate: { id: 'http://localhost:3030_abc123', type: 'presenter', time: 1733300000000 },
} as const

export function frame(patch: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ...NAV,
    ...patch,
  })
}

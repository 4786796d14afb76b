/** What the live region says when the slide or click step changes. */
export function slideAnnouncement(no: number, total: number, title: string, clicks: number, clicksTotal: number): string {
  const base = `Slide ${no} of ${total}${title
    ? `: ${title}`
    : ''}`
  return clicksTotal > 0
    ? `${base}, step ${Math.min(clicks, clicksTotal)} of ${clicksTotal}`
    : base
}

/** Keys a presentation clicker sends; they must move the deck even while a form control has focus. */
export const CLICKER_KEYS = {
  next: ['PageDown'],
  prev: ['PageUp'],
} as const

/**
 * Elements during whose focus Slidev stands its own shortcuts aside: form fields ("inputting") and buttons or links
 * ("on focus"). A clicker's keys must still move the deck from any of them.
 */
export const FOCUS_TRAPS = [
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'A',
] as const

export function clickerAction(key: string, target: EventTarget | null): 'next' | 'prev' | undefined {
  const tag = (target as HTMLElement | null)?.tagName
  if (!tag || !(FOCUS_TRAPS as readonly string[]).includes(tag))
    return undefined
  if ((CLICKER_KEYS.next as readonly string[]).includes(key))
    return 'next'
  if ((CLICKER_KEYS.prev as readonly string[]).includes(key))
    return 'prev'
  return undefined
}

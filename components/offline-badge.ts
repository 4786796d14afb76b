/**
 * Slidev's offline badge says "Caching for offline…" until the service worker reports a fresh install, which only
 * happens on the first visit: on every return visit it stayed on forever. This reads the real state instead.
 */
export interface BadgeState {
  caching: { value: boolean }
}

export interface WorkerContainer {
  controller: unknown
  getRegistration: () => Promise<{ active: unknown, installing: { addEventListener: (type: 'statechange', cb: () => void) => void, state: string } | null, waiting: unknown } | undefined>
}

/** True when the page is already served by an active worker with nothing new installing: the cache is complete. */
export async function settleOfflineBadge(badge: BadgeState, container: WorkerContainer | undefined): Promise<boolean> {
  if (!container)
    return false
  const registration = await container.getRegistration()
  if (!registration?.active || !container.controller)
    return false
  const installing = registration.installing
  if (!installing && !registration.waiting) {
    badge.caching.value = false
    return true
  }
  installing?.addEventListener('statechange', () => {
    if (installing.state === 'activated')
      badge.caching.value = false
  })
  return false
}

/** What the nav bar says about offline use: caching wins (it is in progress), then ready, else nothing. */
export function offlineStatus(caching: boolean, ready: boolean): string {
  if (caching)
    return 'Caching for offline…'
  return ready
    ? 'Ready offline'
    : ''
}

import type { WorkerContainer } from '../../components/offline-badge.ts'
import { describe, expect, it } from 'vitest'
import { offlineStatus, settleOfflineBadge } from '../../components/offline-badge.ts'

function container(state: { controller: boolean, active: boolean, installing?: { state: string }, waiting?: boolean } | undefined) {
  const listeners: Array<() => void> = []
  const installing = state?.installing
    ? {
        ...state.installing,
        addEventListener: (_: 'statechange', cb: () => void) => void listeners.push(cb),
      }
    : null
  const c: WorkerContainer = {
    controller: state?.controller
      ? {}
      : null,
    getRegistration: async () => (state
      ? {
          active: state.active
            ? {}
            : null,
          installing,
          waiting: state.waiting
            ? {}
            : null,
        }
      : undefined),
  }
  return {
    c,
    installing,
    fire: () => listeners.forEach(cb => cb()),
  }
}

describe('the offline badge on a return visit', () => {
  it('stops claiming "caching" when an active worker already serves the page and nothing is installing', async () => {
    const badge = {
      caching: { value: true },
    }
    await expect(settleOfflineBadge(badge, container({ controller: true, active: true }).c)).resolves.toBe(true)
    expect(badge.caching.value).toBe(false)
  })
  it.each([
    ['a first visit (no registration yet)', undefined],
    [
      'a worker that does not control the page yet',
      { controller: false, active: true },
    ],
    [
      'an update waiting to activate',
      { controller: true, active: true, waiting: true },
    ],
  ] as const)('leaves the badge to Slidev on %s', async (_, state) => {
    const badge = {
      caching: { value: true },
    }
    await expect(settleOfflineBadge(badge, container(state as never).c)).resolves.toBe(false)
    expect(badge.caching.value).toBe(true)
  })
  it('clears "caching" when a new worker installing on a return visit activates', async () => {
    const badge = {
      caching: { value: true },
    }
    const { c, installing, fire } = container({
      controller: true,
      active: true,
      installing: { state: 'installing' },
    })
    await settleOfflineBadge(badge, c)
    expect(badge.caching.value).toBe(true)
    installing!.state = 'activated'
    fire()
    expect(badge.caching.value).toBe(false)
  })
  it('does nothing without service workers', async () => {
    const badge = {
      caching: { value: true },
    }
    await expect(settleOfflineBadge(badge, undefined)).resolves.toBe(false)
  })
})

describe('the nav bar\'s offline status', () => {
  it.each([
    [true, false, 'Caching for offline…'],
    [true, true, 'Caching for offline…'],
    [false, true, 'Ready offline'],
    [false, false, ''],
  ])('caching %s, ready %s → %j', (caching, ready, text) => expect(offlineStatus(caching, ready)).toBe(text))
})

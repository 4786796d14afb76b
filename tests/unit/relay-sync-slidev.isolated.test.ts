/**
 * setup/relay-sync.ts inside Slidev's real shared state (`@slidev/client/state/syncState.ts`): its `updating` flag,
 * its `patching` flag and its deep watcher, as the deck runs them. Slidev marks every state change in the zero-delay
 * window after a received update as `updating`; a key press that the browser runs inside that window (input goes
 * before timers on a busy page) is still this tab's move and must reach the relay. A received move, a sibling tab's
 * move and this tab's restamp after following one must not go back out.
 */
import type { RelaySocket } from '../../setup/relay-sync.ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { relaySync } from '../../setup/relay-sync.ts'
import { frame } from '../support/relay-frames.ts'

interface Shared {
  page: number
  clicks: number
  clicksTotal: number
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  timer: { status: 'stopped' | 'running' | 'paused', slides: Record<string, unknown>, startedAt: number, pausedAt: number }
}

const OWN = 'http://localhost:3030_ownTab'
const SIBLING = 'http://localhost:3030_sibling'
const PHONE = 'https://192.168.1.23:3443_phone'

/** A tick of the event loop: Slidev's zero-delay timers have run. */
const nextTask = () => new Promise(resolve => setTimeout(resolve, 5))
/** Vue's watchers have run; timers have not. */
async function microtasks() {
  for (let i = 0; i < 5; i++)
    await Promise.resolve()
}

async function projector() {
  vi.resetModules()
  const syncState = await import('@slidev/client/state/syncState.ts')
  syncState.disableBuiltinSync()
  const sent: string[] = []
  const listeners: Record<string, Array<(e: { data?: unknown }) => void>> = {}
  const socket: RelaySocket = {
    readyState: 1,
    send: data => sent.push(data),
    addEventListener: (type, fn) => (listeners[type] ??= []).push(fn),
  }
  syncState.addSyncMethod(relaySync('ws://x', () => socket, () => '/deck/2'))
  const initial: Shared = {
    page: 1,
    clicks: 0,
    clicksTotal: 0,
    timer: {
      status: 'stopped',
      slides: {},
      startedAt: 0,
      pausedAt: 0,
    },
  }
  const shared = syncState.createSyncState<Shared>(initial, { ...initial })
  shared.init('Talk - shared')
  let time = 1_000
  /** What root.ts's updateSharedState does on this tab's own move. */
  const move = (page: number) => {
    shared.patch('page', page)
    shared.patch('clicks', 0)
    shared.patch('lastUpdate', { id: OWN, type: 'viewer', time: ++time })
  }
  const receive = (page: number, id = PHONE) => listeners.message?.forEach(fn => fn({
    data: frame({
      page,
      clicks: 0,
      lastUpdate: { id, type: 'presenter', time: ++time },
    }),
  }))
  const pages = () => sent.map(f => JSON.parse(f).page as number)
  return { shared, move, receive, pages }
}

describe('setup/relay-sync.ts in Slidev\'s shared state', () => {
  beforeEach(() => {
    vi.stubGlobal('__SLIDEV_HAS_SERVER__', false)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends this tab\'s move made in the same task as a received one (a key press before Slidev\'s timer)', async () => {
    const tab = await projector()
    tab.move(1)
    await nextTask()
    tab.receive(2)
    tab.move(3)
    await microtasks()
    await nextTask()
    expect(tab.pages(), 'the projector moved to slide 3 inside Slidev\'s `updating` window after the phone\'s slide 2, and the relay never heard of it: the phone stays behind').toEqual([1, 3])
  })

  it('does not send back a move it received, nor its own restamp after following it', async () => {
    const tab = await projector()
    tab.move(1)
    await nextTask()
    tab.receive(2)
    await microtasks()
    tab.move(2)
    await nextTask()
    tab.move(2)
    await nextTask()
    expect(tab.pages(), 'an echo of slide 2 can arrive after the phone has moved on and pull it back').toEqual([1])
  })

  it('leaves a sibling tab\'s move (Slidev\'s BroadcastChannel) to that tab\'s own socket', async () => {
    const tab = await projector()
    tab.move(1)
    await nextTask()
    tab.shared.onUpdate({
      page: 4,
      clicks: 0,
      lastUpdate: { id: SIBLING, type: 'presenter', time: 5_000 },
    })
    await microtasks()
    tab.move(4)
    await nextTask()
    tab.move(5)
    await nextTask()
    expect(tab.pages(), 'a second copy of the sibling\'s slide 4 can arrive after a later move and pull every device back').toEqual([1, 5])
  })

  it('sends a timer change made here, which keeps the last mover\'s stamp', async () => {
    const tab = await projector()
    tab.move(1)
    await nextTask()
    tab.receive(2)
    await nextTask()
    tab.shared.patch('timer', {
      status: 'running',
      slides: {},
      startedAt: 9_000,
      pausedAt: 0,
    })
    await nextTask()
    expect(tab.pages()).toEqual([1, 2])
  })
})

/**
 * The deck's side of the presenting relay (scripts/present/relay.ts), in the presenting build only: Slidev's shared
 * state (slide, click step, who moved it, the timer) goes to the relay and comes back from it, through Slidev's own
 * extension point for syncing (`addSyncMethod`), beside its BroadcastChannel between tabs of one browser. Frames are
 * built and checked with the relay's closed schema; anything else is dropped. It reconnects when the relay restarts.
 * A tab sends its own moves, however soon after a received one, and never a move it heard from elsewhere
 * (tests/unit/relay-sync-slidev.isolated.test.ts runs it inside Slidev's real shared state).
 */
import type { Sync } from '@slidev/client/state/syncState.ts'
import type { NavMessage } from './relay-schema.ts'
import { navMessage, parseNavMessage } from './relay-schema.ts'

/** Slidev names its shared-state channel `${title} - shared`; drawings and the rest stay on this device. */
export const SHARED_CHANNEL = / - shared$/
/** Any slide number the relay may send: it checks the deck's own count. */
const ANY_SLIDE = 9999

export interface RelaySocket {
  readonly readyState: number
  send: (data: string) => void
  addEventListener: (type: 'open' | 'message' | 'close', listener: (event: { data?: unknown }) => void) => void
}

/** The relay's address for a page at `location` of a deck under `base`. */
export function relayUrl(location: { protocol: string, host: string }, base: string): string {
  return `${location.protocol === 'https:'
    ? 'wss'
    : 'ws'}://${location.host}${base}__deck/relay`
}

/** Whether this tab is a presenter view (Slidev's route), or a viewer such as the projector. */
export function ownType(pathname: string): 'presenter' | 'viewer' {
  return /\/presenter(?:\/|$)/.test(pathname)
    ? 'presenter'
    : 'viewer'
}

/**
 * What Slidev's state takes from a relayed message. Slidev makes a tab ignore a move made by a tab of its own kind
 * (a presenter does not follow a presenter); a move from another device must be followed whatever its kind, so it
 * arrives as the other kind. Per-slide times are not relayed and start empty.
 */
export function sharedPatch(message: NavMessage, own: 'presenter' | 'viewer'): Record<string, unknown> {
  const { type: _type, timer, lastUpdate, ...nav } = message
  const from = {
    ...lastUpdate,
    type: own === 'presenter'
      ? 'viewer'
      : 'presenter',
  }
  return timer
    ? {
        ...nav,
        lastUpdate: from,
        timer: { ...timer, slides: {} },
      }
    : { ...nav, lastUpdate: from }
}

/** What a move is, for deciding whether to send it: where the talk is and the timer, not who stamped it or when. */
export function navKey(message: NavMessage): string {
  const { page, clicks, timer } = message
  return JSON.stringify([
    page,
    clicks,
    timer?.status,
    timer?.startedAt,
    timer?.pausedAt,
  ])
}

/**
 * Whether a change of the shared state is this tab's own, from Slidev's `updating` flag and the state's stamp.
 * Slidev marks every change in the zero-delay window after a received update as `updating`, and a busy page can run a
 * key press inside that window (input goes before timers), so the flag alone drops moves. Slidev stamps each of this
 * tab's moves with this tab's id: a change stamped anew with that id is ours whatever the flag says. The id is learnt
 * from a change outside the window that restamped the state.
 */
export function ownChange() {
  let ownId: string | undefined
  let stamp = ''
  return (lastUpdate: NavMessage['lastUpdate'], updating: boolean): boolean => {
    const restamped = `${lastUpdate.id} ${lastUpdate.time}` !== stamp
    stamp = `${lastUpdate.id} ${lastUpdate.time}`
    if (!updating && restamped)
      ownId = lastUpdate.id
    return !updating || (restamped && lastUpdate.id === ownId)
  }
}

export function relaySync(url: string, open: (url: string) => RelaySocket, where: () => string = () => location.pathname, retryMs = 1000): Sync {
  return {
    init(channelKey, onUpdate, _state, persist) {
      if (persist || !SHARED_CHANNEL.test(channelKey))
        return undefined
      let socket: RelaySocket
      /** The last move heard from anywhere or sent: what this tab need not send again. */
      let lastKey = ''
      let pending: string | undefined
      const isOwn = ownChange()
      const connect = () => {
        socket = open(url)
        socket.addEventListener('open', () => {
          if (pending !== undefined)
            socket.send(pending)
          pending = undefined
        })
        socket.addEventListener('message', (event) => {
          const parsed = parseNavMessage(String(event.data), ANY_SLIDE)
          if (!parsed.ok)
            return
          lastKey = navKey(parsed.value)
          onUpdate(sharedPatch(parsed.value, ownType(where())) as never)
        })
        socket.addEventListener('close', () => setTimeout(connect, retryMs))
      }
      connect()
      return (state, updating) => {
        const message = navMessage(state as Parameters<typeof navMessage>[0])
        if (!message)
          return
        const key = navKey(message)
        // A move from elsewhere (this socket, or a sibling tab through Slidev's BroadcastChannel, whose own socket
        // sends it): remembered, never sent back, so a late copy cannot pull the room back to it.
        const own = isOwn(message.lastUpdate, updating === true)
        if (key === lastKey || !own) {
          lastKey = key
          return
        }
        lastKey = key
        const frame = JSON.stringify(message)
        if (socket.readyState === 1)
          socket.send(frame)
        else
          pending = frame
      }
    },
  }
}

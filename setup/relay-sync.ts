/**
 * The deck's side of the presenting relay (scripts/present/relay.ts), in the presenting build only: Slidev's shared
 * state (slide, click step, who moved it, the timer) goes to the relay and comes back from it, through Slidev's own
 * extension point for syncing (`addSyncMethod`), beside its BroadcastChannel between tabs of one browser. Frames are
 * built and checked with the relay's closed schema; anything else is dropped. It reconnects when the relay restarts.
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

export function relaySync(url: string, open: (url: string) => RelaySocket, where: () => string = () => location.pathname, retryMs = 1000): Sync {
  return {
    init(channelKey, onUpdate, _state, persist) {
      if (persist || !SHARED_CHANNEL.test(channelKey))
        return undefined
      let socket: RelaySocket
      let lastFrame = ''
      let pending: string | undefined
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
          lastFrame = JSON.stringify(parsed.value)
          onUpdate(sharedPatch(parsed.value, ownType(where())) as never)
        })
        socket.addEventListener('close', () => setTimeout(connect, retryMs))
      }
      connect()
      return (state, updating) => {
        const message = updating
          ? undefined
          : navMessage(state as Parameters<typeof navMessage>[0])
        if (!message)
          return
        const frame = JSON.stringify(message)
        if (frame === lastFrame)
          return
        lastFrame = frame
        if (socket.readyState === 1)
          socket.send(frame)
        else
          pending = frame
      }
    },
  }
}

/**
 * The presenting relay: one small WebSocket hub in the presenting process that keeps every open copy of the deck
 * (projector, presenter, a paired phone) on the same slide and click step. Each frame is checked against the closed
 * schema in setup/relay-schema.ts and rebuilt from its checked fields before it goes anywhere; a frame that fails
 * closes its socket (1008) and nothing else happens. Like Slidev's own sync between tabs, a device that joins says
 * where it is, and the others follow; the relay keeps the last position so the gate can send a phone that pairs
 * mid-talk to the slide the talk is on (it then announces that same slide). WebSockets are `ws`'s. Who may connect is the caller's decision (the loopback server's
 * Origin and Host checks, the gate's session): the relay only relays.
 */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { NavMessage } from '../../setup/relay-schema.ts'
import { Buffer } from 'node:buffer'
import { WebSocketServer } from 'ws'
import { MAX_RELAY_FRAME, parseNavMessage } from '../../setup/relay-schema.ts'

/** The relay's path under the deck's base. */
export const RELAY_PATH = '__deck/relay'
/** Open relay sockets at most (a projector, a presenter, a phone or two, with room to reload). */
export const MAX_RELAY_CLIENTS = 16

export interface Relay {
  /** Takes over an HTTP upgrade the caller has already authorised. */
  accept: (req: IncomingMessage, socket: Duplex, head: Buffer) => void
  /** The last position relayed, if any: where a device that pairs now should land. */
  last: () => NavMessage | undefined
  /** Frames refused so far, with why (for the terminal and the tests). */
  refused: () => string[]
  clients: () => number
  close: () => Promise<void>
}

export function createRelay(options: { slides: number, log?: (line: string) => void }): Relay {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_RELAY_FRAME, perMessageDeflate: false })
  let last: NavMessage | undefined
  const refused: string[] = []
  /** The newest 100 reasons: a paired device that keeps sending junk cannot grow this without end. */
  const note = (reason: string) => refused.splice(0, Math.max(0, refused.push(reason) - 100))
  const refuse = (socket: WebSocket, reason: string) => {
    note(reason)
    options.log?.(`Relay: refused a frame (${reason}); that device's connection was closed.`)
    socket.close(1008, 'refused')
  }

  server.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => {
      if (isBinary)
        return refuse(socket, 'binary frame')
      const parsed = parseNavMessage(Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Buffer.concat(data as Buffer[]).toString('utf8'), options.slides)
      if (!parsed.ok)
        return refuse(socket, parsed.reason)
      last = parsed.value
      const frame = JSON.stringify(parsed.value)
      for (const other of server.clients) {
        if (other !== socket && other.readyState === other.OPEN)
          other.send(frame)
      }
    })
    // A frame over maxPayload, or a broken one, ends in an error on that socket only.
    socket.on('error', error => note(error.message))
  })

  return {
    accept(req, socket, head) {
      if (server.clients.size >= MAX_RELAY_CLIENTS) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
        return
      }
      server.handleUpgrade(req, socket, head, ws => server.emit('connection', ws, req))
    },
    last: () => last,
    refused: () => [...refused],
    clients: () => server.clients.size,
    close: () => new Promise((resolve) => {
      for (const client of server.clients)
        client.terminate()
      server.close(() => resolve())
    }),
  }
}

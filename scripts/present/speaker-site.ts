/**
 * Presenting from a read-only build: the speaker build's files, served to GET and HEAD only (anything else gets 405),
 * with the presenting relay beside them. There is no dev server behind this: nothing here writes a file, compiles
 * code or opens a tool, whatever a request says. The laptop's copy listens on loopback and accepts only its own Host
 * names (DNS rebinding) and, for the relay, only its own Origin (a web page elsewhere cannot move the talk).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Relay } from './relay.ts'
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { filesUnder } from '../lib/static-server.ts'
import { RELAY_PATH } from './relay.ts'

export const READ_ONLY_METHODS = new Set(['GET', 'HEAD'])

const HEADERS: Record<string, string> = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** The build in `dir` under `base`, read only: GET/HEAD of its files (SPA fallback to index.html), 405 otherwise. */
export function readOnlySite(dir: string, base: string): Handler {
  const files = filesUnder(dir, base)
  return (req, res) => {
    for (const [name, value] of Object.entries(HEADERS))
      res.setHeader(name, value)
    if (!READ_ONLY_METHODS.has(req.method ?? '')) {
      res.writeHead(405, { 'allow': 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'connection': 'close' })
      res.end('This deck is served read only: GET and HEAD.\n')
      return
    }
    files(req, res)
  }
}

/** Whether an upgrade asks for the relay: exactly `${base}__deck/relay`, with no query. */
export function isRelayPath(url: string | undefined, base: string): boolean {
  return url === `${base}${RELAY_PATH}`
}

/** The names this machine's loopback server answers to: `localhost`, `127.0.0.1` and `[::1]` at its port. */
export function loopbackHosts(port: number): string[] {
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]
}

export interface LoopbackSite {
  /** http://localhost:PORT/base/ */
  url: string
  port: number
  close: () => Promise<void>
}

/** Refuses a WebSocket upgrade on the raw socket: nothing behind it ever sees the request. */
export function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

/** The laptop's copy: the read-only site and the relay on 127.0.0.1, for its own Host names and Origin only. */
export async function serveOnLoopback(options: { site: Handler, relay: Relay, base: string, port: number }): Promise<LoopbackSite> {
  let hosts: string[] = []
  const server = createServer((req, res) => {
    if (!hosts.includes(req.headers.host?.toLowerCase() ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'connection': 'close' })
      res.end('Open the deck at the address printed in the terminal (localhost).\n')
      return
    }
    options.site(req, res)
  })
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = req.headers.host?.toLowerCase() ?? ''
    if (!hosts.includes(host))
      return refuseUpgrade(socket, 421, 'Misdirected Request')
    if (!isRelayPath(req.url, options.base))
      return refuseUpgrade(socket, 404, 'Not Found')
    // Browsers always send Origin on a WebSocket: only a page of this server may join.
    if (!hosts.some(h => req.headers.origin === `http://${h}`))
      return refuseUpgrade(socket, 403, 'Forbidden')
    options.relay.accept(req, socket, head ?? Buffer.alloc(0))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  hosts = loopbackHosts(port)
  return {
    url: `http://localhost:${port}${options.base}`,
    port,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

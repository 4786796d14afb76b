/** Raw bytes over TLS to the gate, for what a well-behaved client never sends: pipelined requests, held bodies. */
import type { TLSSocket } from 'node:tls'
import { Buffer } from 'node:buffer'
import { connect as tcp } from 'node:net'
import { connect } from 'node:tls'

export function openTls(origin: string, ca: string, from?: string): Promise<TLSSocket> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    // The TCP socket from the chosen source address ("another machine"), then TLS over it, verified against the run CA.
    const raw = tcp({
      host: url.hostname,
      port: Number(url.port),
      localAddress: from,
    })
    const socket = connect({
      socket: raw,
      ca,
      checkServerIdentity: () => undefined,
    }, () => resolve(socket))
    socket.on('error', reject)
  })
}

/** Everything the server sends until it closes or `ms` pass. */
export function readAll(socket: TLSSocket, ms = 5000): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'))
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('close', done)
    socket.on('error', done)
    setTimeout(() => {
      socket.destroy()
      done()
    }, ms)
  })
}

/** The status codes of the responses in a stream of HTTP/1.1 responses. */
export function statuses(stream: string): number[] {
  return [
    ...stream.matchAll(/^HTTP\/1\.1 (\d{3})/gm),
  ].map(m => Number(m[1]))
}

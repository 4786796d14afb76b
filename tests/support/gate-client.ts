/** Loopback HTTPS and WebSocket-upgrade requests for the remote-gate tests, from a chosen source address. */
import type { IncomingHttpHeaders } from 'node:http'
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { request } from 'node:https'
import { checkServerIdentity } from 'node:tls'

export interface GateReply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface GateRequest {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string
  /** Source address, e.g. 127.0.0.2 for "another machine". */
  from?: string
}

/** One request to the gate; `ca` is the run certificate, so TLS is verified against the gate's IP address. */
export function gateRequest(origin: string, ca: string, options: GateRequest): Promise<GateReply> {
  const url = new URL(options.path, origin)
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      ca,
      // Verify the certificate against the address dialled, whatever Host header a test sends.
      checkServerIdentity: (_host, cert) => checkServerIdentity(url.hostname, cert),
      localAddress: options.from,
      agent: false,
      timeout: 10_000,
    }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }))
    })
    req.on('error', reject)
    req.on('timeout', () => req.destroy(new Error(`timeout: ${options.path}`)))
    req.end(options.body)
  })
}

/** A WebSocket upgrade of `path`: resolves 101 when upgraded (the socket is then closed), else the refusal's status. */
export function gateUpgrade(origin: string, ca: string, headers: Record<string, string> = {}, from?: string, path = '/?token=x'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, origin), {
      headers: {
        'connection': 'Upgrade',
        'upgrade': 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        ...headers,
      },
      ca,
      localAddress: from,
      agent: false,
      timeout: 10_000,
    })
    req.on('upgrade', (_res, socket) => {
      socket.destroy()
      resolve(101)
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET'
      ? resolve(0)
      : reject(error)))
    req.on('timeout', () => req.destroy(new Error('upgrade timeout')))
    req.end()
  })
}

/** The session cookie's `name=value` from a Set-Cookie header. */
export function sessionCookie(reply: GateReply): string {
  const header = reply.headers['set-cookie']?.[0] ?? ''
  return header.split(';', 1)[0]
}

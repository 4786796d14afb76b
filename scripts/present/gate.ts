/**
 * The remote gate: the only socket of `npm run present:remote` that other machines can reach. It terminates TLS,
 * and every HTTP request and WebSocket upgrade without a session gets 401 before anything reaches Slidev, which
 * listens on loopback only. A paired device may read, navigate and draw; nothing else (see request-rules.ts).
 * Proxying is httpxy's; cookies are `cookie`'s; attempt limits are rate-limiter-flexible's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { AttemptLimitOptions } from './attempt-limits.ts'
import type { RequestFacts } from './request-rules.ts'
import type { Clock } from './secrets.ts'
import { Buffer } from 'node:buffer'
import { createServer } from 'node:https'
import { isIPv6 } from 'node:net'
import { Readable } from 'node:stream'
import { parseCookie, stringifySetCookie } from 'cookie'
import { createProxyServer } from 'httpxy'
import { createAttemptLimits, DEFAULT_ATTEMPT_LIMITS } from './attempt-limits.ts'
import { lockedPage, loginPage, pairedPage, pairingFailedPage, plainPage, tooManyAttemptsPage } from './gate-pages.ts'
import { isSameOrigin, parseJsonWithoutPollution, remoteVerdict } from './request-rules.ts'
import { createSecretStore } from './secrets.ts'

export const SESSION_COOKIE = '__Host-deck-session'
export const PAIR_PATH = '/__gate/pair'
export const LOGIN_PATH = '/__gate/login'
/** How long a pairing link may be redeemed, and how long a paired session lasts (the talk, its set-up and questions). */
export const PAIRING_TTL_MS = 10 * 60_000
export const SESSION_TTL_MS = 2 * 3_600_000
const MAX_JSON_BODY = 2 * 1024 * 1024
const MAX_FORM_BODY = 4 * 1024

export interface GateOptions {
  /** Slidev on loopback, e.g. http://localhost:3030 */
  upstream: string
  /** The one address the gate listens on; the address the phone uses. */
  host: string
  /** 0 picks a free port. */
  port: number
  tls: { key: string, cert: string }
  /** The deck's base path; paired devices land on its presenter view. */
  base: string
  /** Optional password for devices without a camera (at least 12 characters). */
  password?: string
  pairingTtlMs?: number
  sessionTtlMs?: number
  limits?: AttemptLimitOptions
  clock?: Clock
}

export interface Gate {
  /** https://host:port */
  origin: string
  /** A new single-use pairing link. */
  pairingLink: () => string
  close: () => Promise<void>
}

const SECURITY_HEADERS: Record<string, string> = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
}

function send(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    ...headers,
  })
  res.end(html)
}

/** Refuses an upgrade on the raw socket: Slidev never sees it. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

function factsOf(req: IncomingMessage): RequestFacts {
  return { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }
}

function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '')
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        resolve(undefined)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export async function startGate(options: GateOptions): Promise<Gate> {
  const sessionTtlMs = options.sessionTtlMs ?? SESSION_TTL_MS
  const secrets = createSecretStore({
    pairingTtlMs: options.pairingTtlMs ?? PAIRING_TTL_MS,
    sessionTtlMs,
    clock: options.clock,
  })
  const sessionSeconds = Math.floor(sessionTtlMs / 1000)
  const limits = createAttemptLimits(options.limits ?? DEFAULT_ATTEMPT_LIMITS)
  const proxy = createProxyServer({
    target: options.upstream,
    changeOrigin: true,
    xfwd: false,
    ws: true,
  })
  let origin = ''
  const upgraded = new Set<Socket>()
  let hostHeader = ''

  // Nothing of the phone's own credentials or LAN origin reaches Slidev; nothing of Slidev's caching reaches the phone.
  proxy.on('proxyReq', (proxyReq) => {
    for (const name of ['cookie', 'origin', 'referer'])
      proxyReq.removeHeader(name)
  })
  proxy.on('proxyReqWs', (proxyReq) => {
    for (const name of ['cookie', 'origin'])
      proxyReq.removeHeader(name)
  })
  proxy.on('proxyRes', (proxyRes) => {
    delete proxyRes.headers.etag
    delete proxyRes.headers['last-modified']
    Object.assign(proxyRes.headers, SECURITY_HEADERS)
  })
  proxy.on('error', (_error, _req, res) => {
    if (res && 'writeHead' in res && !res.headersSent)
      send(res, 502, plainPage('Slides not reachable', 'The gate could not reach the deck on this laptop; is npm run present:remote still running?'))
    else
      res?.destroy()
  })

  const hasSession = (req: IncomingMessage) => secrets.hasSession(parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE])
  const rightHost = (req: IncomingMessage) => req.headers.host?.toLowerCase() === hostHeader

  const startSession = (res: ServerResponse) => {
    const cookie = stringifySetCookie({
      name: SESSION_COOKIE,
      value: secrets.issueSession(),
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: sessionSeconds,
    })
    send(res, 200, pairedPage(`${options.base}presenter/`), { 'set-cookie': cookie })
  }

  const locked = async (req: IncomingMessage, res: ServerResponse, kind: 'pairing' | 'password'): Promise<boolean> => {
    const wait = await limits.retryAfter(clientAddress(req), kind)
    if (wait > 0) {
      send(res, 429, tooManyAttemptsPage(wait), {
        'retry-after': String(wait),
      })
    }
    return wait > 0
  }

  const pair = async (req: IncomingMessage, res: ServerResponse) => {
    if (await locked(req, res, 'pairing'))
      return
    const token = new URL(req.url ?? '/', origin).searchParams.get('t') ?? ''
    if (secrets.redeemPairing(token))
      return startSession(res)
    await limits.recordFailure(clientAddress(req), 'pairing')
    send(res, 401, pairingFailedPage())
  }

  const login = async (req: IncomingMessage, res: ServerResponse) => {
    const password = options.password
    if (!password)
      return send(res, 404, plainPage('Not found', 'This remote has no password; scan the pairing code instead.'))
    if (req.method === 'GET')
      return send(res, 200, loginPage())
    if (req.method !== 'POST' || !isSameOrigin(factsOf(req), [origin]))
      return send(res, 403, plainPage('Refused', 'Send the password from the form on this page.'))
    if (await locked(req, res, 'password'))
      return
    const body = await readBody(req, MAX_FORM_BODY)
    const typed = new URLSearchParams(body?.toString('utf8') ?? '').get('password') ?? ''
    if (secrets.passwordMatches(typed, password))
      return startSession(res)
    await limits.recordFailure(clientAddress(req), 'password')
    send(res, 401, loginPage('Wrong password.'))
  }

  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    const verdict = remoteVerdict(factsOf(req), origin)
    if (!verdict.ok)
      return send(res, verdict.status, plainPage('Refused', `Refused: ${verdict.reason}.`))
    if (req.method !== 'POST')
      return proxy.web(req, res)
    const body = await readBody(req, MAX_JSON_BODY)
    if (!body)
      return send(res, 413, plainPage('Refused', 'Refused: the request body is too large.'))
    try {
      parseJsonWithoutPollution(body.toString('utf8'))
    }
    catch {
      return send(res, 400, plainPage('Refused', 'Refused: the body is not JSON, or carries a prototype key.'))
    }
    // The checked bytes, and only those, go on to Slidev.
    return proxy.web(req, res, {
      buffer: Readable.from([body]),
    })
  }

  const server = createServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) => {
    const handle = async () => {
      if (!rightHost(req))
        return send(res, 421, plainPage('Wrong address', 'Open the deck at the address printed in the speaker\'s terminal.'))
      const path = (req.url ?? '/').split('?', 1)[0]
      if (path === PAIR_PATH)
        return pair(req, res)
      if (path === LOGIN_PATH)
        return login(req, res)
      if (!hasSession(req))
        return send(res, 401, lockedPage(Boolean(options.password)))
      return forward(req, res)
    }
    handle().catch(() => {
      if (!res.headersSent)
        send(res, 500, plainPage('Gate error', 'The remote gate failed on this request; try again.'))
      else
        res.destroy()
    })
  })

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!rightHost(req))
      return refuseUpgrade(socket, 421, 'Misdirected Request')
    const fromElsewhere = req.headers.origin !== undefined && req.headers.origin !== origin
    if (!hasSession(req) || fromElsewhere)
      return refuseUpgrade(socket, 401, 'Unauthorized')
    const verdict = remoteVerdict({
      ...factsOf(req),
      method: 'GET',
    }, origin)
    if (!verdict.ok)
      return refuseUpgrade(socket, 403, 'Forbidden')
    upgraded.add(socket)
    socket.on('close', () => upgraded.delete(socket))
    proxy.ws(req, socket, { target: options.upstream }, head).catch(() => socket.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const hostPart = isIPv6(options.host)
    ? `[${options.host}]`
    : options.host
  hostHeader = `${hostPart}:${port}`.toLowerCase()
  origin = `https://${hostPart}:${port}`

  return {
    origin,
    pairingLink: () => `${origin}${PAIR_PATH}?t=${secrets.issuePairing()}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      for (const socket of upgraded)
        socket.destroy()
      server.close(() => resolve())
    }),
  }
}

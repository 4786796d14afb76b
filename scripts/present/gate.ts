/**
 * The remote gate: the only socket of `npm run present:remote` that other machines can reach. It terminates TLS, and
 * every request and WebSocket without a session gets 401. Behind it there is no program to reach: a paired device
 * gets the presenting build's files (GET and HEAD, speaker-site.ts) and the presenting relay (relay.ts), which moves
 * the talk and nothing else. Cookies are `cookie`'s; attempt limits are rate-limiter-flexible's, reserved before a
 * credential is read; connections are capped per address and in total, and slow ones time out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { AttemptKind, AttemptLimitOptions } from './attempt-limits.ts'
import type { Relay } from './relay.ts'
import type { RequestFacts } from './request-rules.ts'
import type { Clock } from './secrets.ts'
import type { Handler } from './speaker-site.ts'
import { Buffer } from 'node:buffer'
import { createServer } from 'node:https'
import { isIPv6 } from 'node:net'
import { parseCookie, stringifySetCookie } from 'cookie'
import { createAttemptLimits, DEFAULT_ATTEMPT_LIMITS } from './attempt-limits.ts'
import { lockedPage, loginPage, pairedPage, pairingFailedPage, plainPage, tooManyAttemptsPage } from './gate-pages.ts'
import { isSameOrigin } from './request-rules.ts'
import { createSecretStore } from './secrets.ts'
import { isRelayPath, refuseUpgrade } from './speaker-site.ts'

export const SESSION_COOKIE = '__Host-deck-session'
export const PAIR_PATH = '/__gate/pair'
export const LOGIN_PATH = '/__gate/login'
/** How long a pairing link may be redeemed, and how long a paired session lasts (the talk, its set-up and questions). */
export const PAIRING_TTL_MS = 10 * 60_000
export const SESSION_TTL_MS = 2 * 3_600_000
const MAX_FORM_BODY = 4 * 1024
/** Open connections at most, from one address and from all (a phone opens a handful; a browser at most six a host). */
export const MAX_CONNECTIONS = { perAddress: 32, total: 128 }
/** A client that has not finished its TLS handshake or its request headers by then is dropped. */
const SLOW_CLIENT_MS = 10_000

export interface GateOptions {
  /** The presenting build, read only (speaker-site.ts readOnlySite). */
  site: Handler
  /** The presenting relay a paired device joins. */
  relay: Relay
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

function factsOf(req: IncomingMessage): RequestFacts {
  return { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }
}

function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '')
}

/** The body, or 'too large' once it passes `limit` (what was sent is drained, so the 413 reaches the client). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit)
        chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit
      ? 'too large'
      : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function tooLarge(res: ServerResponse): void {
  send(res, 413, plainPage('Refused', 'Refused: the request body is too large.'), { connection: 'close' })
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
  let origin = ''
  let hostHeader = ''

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
    // Where the talk is now, so a phone that pairs mid-talk does not announce slide 1 and move the projector there.
    const at = options.relay.last()
    const where = at
      ? `${at.page}?clicks=${at.clicks}`
      : ''
    send(res, 200, pairedPage(`${options.base}presenter/${where}`), { 'set-cookie': cookie })
  }

  /** Counts the attempt before its credential is read; answers 429 and returns undefined when the address is out. */
  const reserve = async (req: IncomingMessage, res: ServerResponse, kind: AttemptKind) => {
    const reserved = await limits.reserve(clientAddress(req), kind)
    if (reserved.ok)
      return reserved.reservation
    send(res, 429, tooManyAttemptsPage(reserved.retryAfterSeconds), {
      'retry-after': String(reserved.retryAfterSeconds),
    })
    return undefined
  }

  const pair = async (req: IncomingMessage, res: ServerResponse) => {
    const reservation = await reserve(req, res, 'pairing')
    if (!reservation)
      return
    const token = new URL(req.url ?? '/', origin).searchParams.get('t') ?? ''
    if (!secrets.redeemPairing(token))
      return send(res, 401, pairingFailedPage())
    reservation.release()
    startSession(res)
  }

  const login = async (req: IncomingMessage, res: ServerResponse) => {
    const password = options.password
    if (!password)
      return send(res, 404, plainPage('Not found', 'This remote has no password; scan the pairing code instead.'))
    if (req.method === 'GET')
      return send(res, 200, loginPage())
    if (req.method !== 'POST' || !isSameOrigin(factsOf(req), [origin]))
      return send(res, 403, plainPage('Refused', 'Send the password from the form on this page.'))
    if (Number(req.headers['content-length'] ?? 0) > MAX_FORM_BODY)
      return tooLarge(res)
    const reservation = await reserve(req, res, 'password')
    if (!reservation)
      return
    const body = await readBody(req, MAX_FORM_BODY)
    if (body === 'too large')
      return tooLarge(res)
    const typed = new URLSearchParams(body.toString('utf8')).get('password') ?? ''
    if (!secrets.passwordMatches(typed, password))
      return send(res, 401, loginPage('Wrong password.'))
    reservation.release()
    startSession(res)
  }

  /** A paired device: the build's files, read only, with the gate's headers (nothing cached on the phone). */
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      res.setHeader(name, value)
    options.site(req, res)
  }

  const server = createServer({ key: options.tls.key, cert: options.tls.cert, handshakeTimeout: SLOW_CLIENT_MS }, (req, res) => {
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
      return serve(req, res)
    }
    handle().catch(() => {
      if (!res.headersSent)
        send(res, 500, plainPage('Gate error', 'The remote gate failed on this request; try again.'))
      else
        res.destroy()
    })
  })
  server.headersTimeout = SLOW_CLIENT_MS
  server.requestTimeout = 30_000

  // Connections are counted on the raw socket, before TLS: an address past its share is dropped at once.
  const open = new Map<string, number>()
  let total = 0
  server.on('connection', (socket: Socket) => {
    const address = (socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '')
    const mine = open.get(address) ?? 0
    if (mine >= MAX_CONNECTIONS.perAddress || total >= MAX_CONNECTIONS.total) {
      socket.destroy()
      return
    }
    open.set(address, mine + 1)
    total++
    socket.once('close', () => {
      total--
      const left = (open.get(address) ?? 1) - 1
      if (left)
        open.set(address, left)
      else
        open.delete(address)
    })
  })

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!rightHost(req))
      return refuseUpgrade(socket, 421, 'Misdirected Request')
    // Browsers always send Origin on a WebSocket: it must be the gate's own page.
    if (!hasSession(req) || req.headers.origin !== origin)
      return refuseUpgrade(socket, 401, 'Unauthorized')
    if (!isRelayPath(req.url, options.base))
      return refuseUpgrade(socket, 404, 'Not Found')
    options.relay.accept(req, socket, head)
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
      server.close(() => resolve())
    }),
  }
}

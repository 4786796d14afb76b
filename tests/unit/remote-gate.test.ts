/**
 * The remote gate against a spy upstream, on loopback: the review's at the HTTP level. "Another
 * machine" is source address 127.0.0.2; the paired phone is 127.0.0.1. The e2e spec repeats the essentials with the
 * real Slidev and a real browser.
 */
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Gate } from '../../scripts/present/gate.ts'
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRunCertificate } from '../../scripts/present/certificate.ts'
import { SESSION_COOKIE, startGate } from '../../scripts/present/gate.ts'
import { gateRequest, gateUpgrade, sessionCookie } from '../support/gate-client.ts'

interface Seen { method: string, url: string, headers: IncomingHttpHeaders, body: string }

const ATTACKER = '127.0.0.2'
const PASSWORD = 'correct-horse-battery-staple'
const seen: Seen[] = []
const upgrades: IncomingHttpHeaders[] = []
let upstream: Server
let gate: Gate
let ca: string
let now = Date.now()

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      })
      res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'max-age=31536000', 'etag': '"x"' })
      res.end('from upstream')
    })
  })
  upstream.on('upgrade', (req, socket) => {
    upgrades.push(req.headers)
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64')
    socket.end(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
  })
  await new Promise<void>(resolve => upstream.listen(0, '127.0.0.1', resolve))
  const certificate = await makeRunCertificate('127.0.0.1')
  ca = certificate.cert
  gate = await startGate({
    upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    host: '127.0.0.1',
    port: 0,
    tls: certificate,
    base: '/deck/',
    password: PASSWORD,
    clock: {
      now: () => now,
    },
  })
})

afterAll(async () => {
  await gate.close()
  upstream.close()
})

const get = (path: string, headers: Record<string, string> = {}, from?: string) => gateRequest(gate.origin, ca, { path, headers, from })
function post(path: string, body: string, headers: Record<string, string> = {}, from?: string) {
  return gateRequest(gate.origin, ca, {
    method: 'POST',
    path,
    body,
    headers: {
      'content-type': 'application/json',
      'origin': gate.origin,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    from,
  })
}

async function pair(): Promise<string> {
  const link = new URL(gate.pairingLink())
  const reply = await get(`${link.pathname}${link.search}`)
  expect(reply.status).toBe(200)
  return sessionCookie(reply)
}

describe('without a session nothing reaches Slidev (R-2, R-3)', () => {
  it.each([
    '/',
    '/deck/presenter/1',
    '/@slidev/configs',
    '/@vite/client',
    '/__slidev/slides/1.json',
    '/pages/3-export-control-squeeze.md?raw',
    '/@fs/work/main/slides.md?raw',
  ])('gET %s → 401', async (path) => {
    const before = seen.length
    expect((await get(path, {}, ATTACKER)).status).toBe(401)
    expect(seen.length).toBe(before)
  })

  it('pOST /@server-reactive/nav → 401, and with a forged cookie too', async () => {
    const before = seen.length
    expect((await post('/@server-reactive/nav', '{"patch":{"page":7}}', {}, ATTACKER)).status).toBe(401)
    expect((await post('/@server-reactive/nav', '{}', { cookie: `${SESSION_COOKIE}=forged` }, ATTACKER)).status).toBe(401)
    expect(seen.length).toBe(before)
  })

  it('a wrong Host (DNS rebinding) → 421', async () => {
    expect((await get('/', { host: 'evil.test:3443' }, ATTACKER)).status).toBe(421)
  })

  it('webSocket upgrades without a session, with a forged one, or from a foreign Origin → 401', async () => {
    const cookie = await pair()
    const before = upgrades.length
    expect(await gateUpgrade(gate.origin, ca, {}, ATTACKER)).toBe(401)
    expect(await gateUpgrade(gate.origin, ca, { cookie: `${SESSION_COOKIE}=forged` }, ATTACKER)).toBe(401)
    expect(await gateUpgrade(gate.origin, ca, { cookie, origin: 'https://evil.test' })).toBe(401)
    expect(upgrades.length).toBe(before)
    expect(await gateUpgrade(gate.origin, ca, { cookie, origin: gate.origin })).toBe(101)
    expect(upgrades.length).toBe(before + 1)
    expect(upgrades.at(-1)?.cookie).toBeUndefined()
  })

  it('an expired session is refused, over HTTP and WebSocket', async () => {
    const cookie = await pair()
    expect((await get('/deck/', { cookie })).status).toBe(200)
    now += 2 * 3_600_000 + 1
    try {
      expect((await get('/deck/', { cookie })).status).toBe(401)
      expect(await gateUpgrade(gate.origin, ca, { cookie })).toBe(401)
    }
    finally {
      now -= 2 * 3_600_000 + 1
    }
  })
})

describe('pairing (R-4, R-5)', () => {
  it('sets a __Host- cookie: HttpOnly, Secure, SameSite=Strict, Path=/, lasting at most 4 hours', async () => {
    const link = new URL(gate.pairingLink())
    const reply = await get(`${link.pathname}${link.search}`)
    const header = reply.headers['set-cookie']?.[0] ?? ''
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43};`))
    for (const attribute of [
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
      'Path=/',
    ])
      expect(header).toContain(attribute)
    expect(header).not.toMatch(/Domain=/i)
    expect(Number(/Max-Age=(\d+)/.exec(header)?.[1])).toBeLessThanOrEqual(4 * 3600)
    expect(reply.headers['referrer-policy']).toBe('no-referrer')
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.body).toContain('http-equiv="refresh" content="0;url=/deck/presenter/"')
  })

  it('a link works once', async () => {
    const link = new URL(gate.pairingLink())
    expect((await get(`${link.pathname}${link.search}`)).status).toBe(200)
    expect((await get(`${link.pathname}${link.search}`)).status).toBe(401)
  })

  it('a link expires after 10 minutes, and is spent by the try', async () => {
    const link = new URL(gate.pairingLink())
    now += 10 * 60_000 + 1
    try {
      expect((await get(`${link.pathname}${link.search}`)).status).toBe(401)
    }
    finally {
      now -= 10 * 60_000 + 1
    }
    expect((await get(`${link.pathname}${link.search}`)).status).toBe(401)
  })

  it('the 6th wrong token from one address gets 429 with Retry-After, and a good link from it is refused', async () => {
    const from = '127.0.0.3'
    const statuses = []
    for (let i = 0; i < 6; i++)
      statuses.push((await get(`/__gate/pair?t=wrong-${i}`, {}, from)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    const link = new URL(gate.pairingLink())
    const blocked = await get(`${link.pathname}${link.search}`, {}, from)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect(blocked.headers['set-cookie']).toBeUndefined()
    // The same link still works from the phone: a blocked address did not spend it.
    expect((await get(`${link.pathname}${link.search}`)).status).toBe(200)
  })

  it('the password form: a wrong password is counted, the right one pairs, a cross-site post is refused', async () => {
    const form = (password: string, headers: Record<string, string> = {}, from = '127.0.0.4') => gateRequest(gate.origin, ca, {
      method: 'POST',
      path: '/__gate/login',
      body: new URLSearchParams({ password }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'origin': gate.origin, ...headers },
      from,
    })
    expect((await get('/__gate/login')).status).toBe(200)
    expect((await form('wrong-password-1')).status).toBe(401)
    expect((await form(PASSWORD, { 'origin': 'https://evil.test', 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    const reply = await form(PASSWORD)
    expect(reply.status).toBe(200)
    expect(sessionCookie(reply)).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
  })
})

describe('a paired device may read, navigate and draw; nothing else (R-7)', () => {
  it('reads through the gate with the gate\'s headers, without its cookie reaching Slidev', async () => {
    const cookie = await pair()
    const reply = await get('/deck/presenter/1', { cookie })
    expect(reply.status).toBe(200)
    expect(reply.body).toBe('from upstream')
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers.etag).toBeUndefined()
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(seen.at(-1)?.headers.cookie).toBeUndefined()
  })

  it('navigation is replayed byte for byte, without the LAN Origin', async () => {
    const cookie = await pair()
    const body = '{"patch":{"page":4,"clicks":0}}'
    expect((await post('/@server-reactive/nav', body, { cookie })).status).toBe(200)
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/@server-reactive/nav', body })
    expect(seen.at(-1)?.headers.origin).toBeUndefined()
  })

  it.each([
    [
      'a slide write',
      '/__slidev/slides/3.json',
      '{"content":"x"}',
      {},
      403,
    ],
    [
      'the Monaco type loader',
      '/@slidev-monaco-types/load?root=/',
      '{}',
      {},
      403,
    ],
    [
      'a prototype key in the path',
      '/@server-reactive/__proto__/x',
      '{"data":1}',
      {},
      403,
    ],
    [
      'a prototype key in the body',
      '/@server-reactive/nav',
      '{"patch":{"__proto__":{"x":1}}}',
      {},
      400,
    ],
    [
      'a constructor key in the body',
      '/@server-reactive/nav',
      '{"patch":{"constructor":{"prototype":{"x":1}}}}',
      {},
      400,
    ],
    [
      'a cross-origin nav',
      '/@server-reactive/nav',
      '{}',
      { 'origin': 'https://evil.test', 'sec-fetch-site': 'cross-site' },
      403,
    ],
    [
      'a non-JSON nav',
      '/@server-reactive/nav',
      '{}',
      { 'content-type': 'text/plain' },
      415,
    ],
  ])('refuses %s', async (_name, path, body, headers, status) => {
    const cookie = await pair()
    const before = seen.length
    expect((await post(path, body, { cookie, ...headers })).status).toBe(status)
    expect(seen.length).toBe(before)
  })
})

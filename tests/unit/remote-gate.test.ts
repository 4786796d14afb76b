/**
 * The remote gate over a read-only build and the relay, on loopback: the review's at the HTTP
 * level. "Another machine" is source address 127.0.0.2; the paired phone is 127.0.0.1. The e2e spec repeats the
 * essentials with the real presenting build and a real browser; gate-redteam.test.ts holds the red-team findings.
 */
import type { Gate } from '../../scripts/present/gate.ts'
import type { TestGate } from '../support/test-gate.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRunCertificate } from '../../scripts/present/certificate.ts'
import { SESSION_COOKIE } from '../../scripts/present/gate.ts'
import { RELAY_PATH } from '../../scripts/present/relay.ts'
import { gateRequest, gateUpgrade, sessionCookie } from '../support/gate-client.ts'
import { startTestGate, TEST_GATE_BASE, TEST_GATE_PAGE } from '../support/test-gate.ts'

const ATTACKER = '127.0.0.2'
const PASSWORD = 'correct-horse-battery-staple'
const RELAY = `${TEST_GATE_BASE}${RELAY_PATH}`
let run: TestGate
let gate: Gate
let ca: string
let now = Date.now()
const reached = () => run.reached().length

beforeAll(async () => {
  const certificate = await makeRunCertificate('127.0.0.1')
  ca = certificate.cert
  run = await startTestGate(certificate, PASSWORD, {
    clock: {
      now: () => now,
    },
  })
  gate = run.gate
})

afterAll(() => run.close())

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

describe('without a session nothing is answered (R-2, R-3)', () => {
  it.each([
    '/',
    '/deck/presenter/1',
    '/@slidev/configs',
    '/@vite/client',
    '/__slidev/slides/1.json',
    '/pages/3-export-control-squeeze.md?raw',
    '/@fs/work/main/slides.md?raw',
  ])('gET %s → 401', async (path) => {
    const before = reached()
    expect((await get(path, {}, ATTACKER)).status).toBe(401)
    expect(reached()).toBe(before)
  })

  it('pOST /@server-reactive/nav → 401, and with a forged cookie too', async () => {
    const before = reached()
    expect((await post('/@server-reactive/nav', '{"patch":{"page":7}}', {}, ATTACKER)).status).toBe(401)
    expect((await post('/@server-reactive/nav', '{}', { cookie: `${SESSION_COOKIE}=forged` }, ATTACKER)).status).toBe(401)
    expect(reached()).toBe(before)
  })

  it('a wrong Host (DNS rebinding) → 421', async () => {
    expect((await get('/', { host: 'evil.test:3443' }, ATTACKER)).status).toBe(421)
  })

  it('relay upgrades without a session, with a forged one, from a foreign Origin or with none → 401; elsewhere → 404', async () => {
    const cookie = await pair()
    const before = run.relay.clients()
    expect(await gateUpgrade(gate.origin, ca, { origin: gate.origin }, ATTACKER, RELAY)).toBe(401)
    expect(await gateUpgrade(gate.origin, ca, { cookie: `${SESSION_COOKIE}=forged`, origin: gate.origin }, ATTACKER, RELAY)).toBe(401)
    expect(await gateUpgrade(gate.origin, ca, { cookie, origin: 'https://evil.test' }, undefined, RELAY)).toBe(401)
    expect(await gateUpgrade(gate.origin, ca, { cookie }, undefined, RELAY)).toBe(401)
    expect(await gateUpgrade(gate.origin, ca, { cookie, origin: gate.origin }, undefined, '/?token=x')).toBe(404)
    expect(run.relay.clients()).toBe(before)
    expect(await gateUpgrade(gate.origin, ca, { cookie, origin: gate.origin }, undefined, RELAY)).toBe(101)
  })

  it('an expired session is refused, over HTTP and WebSocket', async () => {
    const cookie = await pair()
    expect((await get('/deck/', { cookie })).status).toBe(200)
    now += 2 * 3_600_000 + 1
    try {
      expect((await get('/deck/', { cookie })).status).toBe(401)
      expect(await gateUpgrade(gate.origin, ca, { cookie, origin: gate.origin }, undefined, RELAY)).toBe(401)
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

describe('a paired device may read the build and move the talk; nothing else (R-7)', () => {
  it('reads the build through the gate, with the gate\'s headers', async () => {
    const cookie = await pair()
    const reply = await get('/deck/presenter/1', { cookie })
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(TEST_GATE_PAGE)
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['x-frame-options']).toBe('DENY')
  })

  it.each([
    [
      'a slide write',
      'POST',
      '/__slidev/slides/3.json',
      '{"content":"x"}',
    ],
    [
      'a navigation write to the dev server',
      'POST',
      '/@server-reactive/nav',
      '{"patch":{"page":4}}',
    ],
    [
      'a drawing',
      'POST',
      '/@server-reactive/drawings',
      '{"patch":{"1":"<path d=\\"M0 0\\"/>"}}',
    ],
    [
      'a PUT',
      'PUT',
      '/deck/index.html',
      'x',
    ],
    [
      'a DELETE',
      'DELETE',
      '/deck/index.html',
      undefined,
    ],
  ])('refuses %s (%s %s) as read only: 405', async (_name, method, path, body) => {
    const cookie = await pair()
    const before = reached()
    const reply = await gateRequest(gate.origin, ca, {
      method,
      path,
      body,
      headers: { cookie, 'origin': gate.origin, 'content-type': 'application/json' },
    })
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('GET, HEAD')
    expect(reached()).toBe(before)
  })

  it.each([
    '/@slidev/configs',
    '/__inspect/',
    '/__mcp',
    '/@fs/etc/passwd',
  ])('gET %s outside the deck → 404', async (path) => {
    const cookie = await pair()
    expect((await get(path, { cookie })).status).toBe(404)
  })
})

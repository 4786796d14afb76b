/**
 * The remote gate against the red-team report's findings (../shared/research/security-redteam-2026-12.md): the
 * attempt limits under parallel and pipelined attempts (M1, L3), a paired device's requests that reached Slidev (H1,
 * M2, M3, M4), connections before authentication (I1) and oversized bodies (I4). All on loopback: "another machine"
 * is a 127.0.0.x source address.
 */
import type { Gate } from '../../scripts/present/gate.ts'
import type { TestGate } from '../support/test-gate.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRunCertificate } from '../../scripts/present/certificate.ts'
import { gateRequest, sessionCookie } from '../support/gate-client.ts'
import { openTls, readAll, statuses } from '../support/raw-tls.ts'
import { startTestGate } from '../support/test-gate.ts'

const PASSWORD = 'correct-horse-battery-staple'
let run: TestGate
let gate: Gate
let ca: string
const reached = () => run.reached()

beforeAll(async () => {
  const certificate = await makeRunCertificate('127.0.0.1')
  ca = certificate.cert
  run = await startTestGate(certificate, PASSWORD)
  gate = run.gate
})
afterAll(() => run.close())

async function pair(from?: string): Promise<string> {
  const link = new URL(gate.pairingLink())
  const reply = await gateRequest(gate.origin, ca, { path: `${link.pathname}${link.search}`, from })
  expect(reply.status).toBe(200)
  return sessionCookie(reply)
}

describe('m1: password attempts are counted before the password is read', () => {
  it('30 parallel attempts from one address (under its connection cap), bodies held back, the right one last: at most 5 are judged, no session', async () => {
    const from = '127.0.0.21'
    const sockets = await Promise.all(Array.from({ length: 30 }, () => openTls(gate.origin, ca, from)))
    const replies = sockets.map(s => readAll(s, 6000))
    const host = new URL(gate.origin).host
    const bodies = sockets.map((_, i) => new URLSearchParams({
      password: i === 29
        ? PASSWORD
        : `wrong-guess-${i}`,
    }).toString())
    sockets.forEach((s, i) => s.write(`POST /__gate/login HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${gate.origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${bodies[i].length}\r\nConnection: close\r\n\r\n`))
    await new Promise(resolve => setTimeout(resolve, 500))
    sockets.forEach((s, i) => s.write(bodies[i]))
    const got = (await Promise.all(replies)).map(r => statuses(r)[0])
    const count = (status: number) => got.filter(s => s === status).length
    expect(count(200), `statuses: ${got.join(' ')}`).toBe(0)
    expect(count(401), `statuses: ${got.join(' ')}`).toBeLessThanOrEqual(5)
    expect(count(429), `statuses: ${got.join(' ')}`).toBeGreaterThanOrEqual(25)
  })
})

describe('l3: pairing attempts are counted before the token is read', () => {
  it('30 wrong links and the valid one pipelined in one TLS write: 429 before the valid one, no session', async () => {
    const socket = await openTls(gate.origin, ca, '127.0.0.22')
    const reply = readAll(socket, 6000)
    const host = new URL(gate.origin).host
    const link = new URL(gate.pairingLink())
    const requests = Array.from({ length: 30 }, (_, i) => `GET /__gate/pair?t=wrong-${i} HTTP/1.1\r\nHost: ${host}\r\n\r\n`)
    requests.push(`GET ${link.pathname}${link.search} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)
    socket.write(requests.join(''))
    const got = statuses(await reply)
    expect(got.slice(0, 5), `statuses: ${got.join(' ')}`).toEqual([401, 401, 401, 401, 401])
    expect(got.includes(200), `statuses: ${got.join(' ')}`).toBe(false)
    expect(got.at(-1), `statuses: ${got.join(' ')}`).toBe(429)
  })
})

describe('a paired device reaches nothing that writes, compiles or opens a tool', () => {
  it.each([
    [
      'H1: a drawing with markup',
      'POST',
      '/@server-reactive/drawings',
      '{"patch":{"2":"<image href=x onerror=\\"fetch(\'/__slidev/slides/2.json\')\\">"}}',
    ],
    [
      'H1: a slide write',
      'POST',
      '/__slidev/slides/2.json',
      '{"content":"<<< @/setup/transformers.ts ts {monaco-write}"}',
    ],
    [
      'M2: a navigation patch that crashed Slidev',
      'POST',
      '/@server-reactive/nav',
      '{"patch":{"length":-1}}',
    ],
    [
      'M3: open-in-editor in upper case',
      'GET',
      '/__OPEN-IN-EDITOR?file=/etc/hostname',
      undefined,
    ],
    [
      'M4: the Monaco type loader, percent-encoded',
      'GET',
      '/@slidev%2Dmonaco-types/load?root=/&name=x',
      undefined,
    ],
    [
      'M4: a file outside the deck',
      'GET',
      '/@fs/etc/hostname?raw',
      undefined,
    ],
  ])('%s: %s %s is refused and reaches no program behind the gate', async (_what, method, path, body) => {
    const cookie = await pair('127.0.0.23')
    const before = reached().length
    const reply = await gateRequest(gate.origin, ca, {
      method,
      path,
      body,
      from: '127.0.0.23',
      headers: {
        cookie,
        'origin': gate.origin,
        'sec-fetch-site': 'same-origin',
        ...(body
          ? { 'content-type': 'application/json' }
          : {}),
      },
    })
    expect(reached().slice(before), `${method} ${path} reached the program behind the gate`).toEqual([])
    expect([404, 405], `${method} ${path}: status ${reply.status}`).toContain(reply.status)
  })
})

describe('i1: connections before authentication are capped', () => {
  it('an address that opens 100 idle connections has all but the cap closed at once', async () => {
    const { connect } = await import('node:net')
    const url = new URL(gate.origin)
    const sockets = Array.from({ length: 100 }, () => connect({
      host: url.hostname,
      port: Number(url.port),
      localAddress: '127.0.0.24',
    }))
    await new Promise(resolve => setTimeout(resolve, 1500))
    const open = sockets.filter(s => !s.destroyed && s.readyState === 'open').length
    sockets.forEach(s => s.destroy())
    expect(open, 'idle connections still open from one address').toBeLessThanOrEqual(32)
  })
})

describe('i4: an oversized body gets 413, not a reset', () => {
  it('a 3 MiB password form', async () => {
    const reply = await gateRequest(gate.origin, ca, {
      method: 'POST',
      path: '/__gate/login',
      body: `password=${'x'.repeat(3 * 1024 * 1024)}`,
      from: '127.0.0.25',
      headers: { 'origin': gate.origin, 'content-type': 'application/x-www-form-urlencoded' },
    }).catch((error: Error) => ({ status: 0, error: error.message }))
    expect(reply.status).toBe(413)
  })
})

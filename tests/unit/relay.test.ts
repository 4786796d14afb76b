import type { AddressInfo } from 'node:net'
import type { Relay } from '../../scripts/present/relay.ts'
/**
 * The presenting relay: the closed schema as a table (what a frame may carry, and every way it may not), and the relay
 * over real WebSockets on loopback (a valid frame reaches the others, rebuilt; anything else closes its sender's
 * socket and reaches no one). The deck's side: relay-sync.test.ts.
 */
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createRelay, MAX_RELAY_CLIENTS } from '../../scripts/present/relay.ts'
import { MAX_RELAY_FRAME, navMessage, parseNavMessage } from '../../setup/relay-schema.ts'
import { frame, NAV } from '../support/relay-frames.ts'

describe('parseNavMessage: the one frame the relay carries', () => {
  it('accepts a position, with or without the timer, and rebuilds it from its checked fields', () => {
    expect(parseNavMessage(frame(), 33)).toEqual({ ok: true, value: NAV })
    const timer = { status: 'running', startedAt: 1733300000000, pausedAt: 0 }
    expect(parseNavMessage(frame({ timer }), 33)).toEqual({
      ok: true,
      value: { ...NAV, timer },
    })
  })
  it.each([
    ['not JSON', '{', /not JSON/],
    ['an array', '[]', /not a JSON object/],
    ['Slidev\'s monaco-write (H1)', '{"type":"custom","event":"slidev:monaco-write","data":{"file":"setup/transformers.ts","content":"x"}}', /unknown keys: event, data/],
    ['monaco-write without data (M2)', '{"type":"custom","event":"slidev:monaco-write"}', /unknown keys: event/],
    [
      'an extra key carrying markup',
      frame({ svg: '<image onerror=alert(1)>' }),
      /unknown keys: svg/,
    ],
    [
      'a __proto__ key',
      frame().replace('{', '{"__proto__":{"x":1},'),
      /unknown keys: __proto__/,
    ],
    [
      'another type',
      frame({ type: 'drawings' }),
      /type is not "nav"/,
    ],
    [
      'slide 0',
      frame({ page: 0 }),
      /page is not a slide number from 1 to 33/,
    ],
    [
      'slide 34 of 33',
      frame({ page: 34 }),
      /page is not a slide number/,
    ],
    [
      'a page as text',
      frame({ page: '3' }),
      /page is not/,
    ],
    [
      'a fractional click',
      frame({ clicks: 1.5 }),
      /clicks and clicksTotal/,
    ],
    [
      'a negative clicksTotal (M2\'s length -1)',
      frame({ clicksTotal: -1 }),
      /clicks and clicksTotal/,
    ],
    [
      '100 clicks',
      frame({ clicks: 100 }),
      /clicks and clicksTotal/,
    ],
    [
      'no lastUpdate',
      frame({ lastUpdate: undefined }),
      /lastUpdate must be/,
    ],
    [
      'lastUpdate with an extra key',
      frame({
        lastUpdate: { ...NAV.lastUpdate, html: 'x' },
      }),
      /lastUpdate must be/,
    ],
    [
      'an id with markup',
      frame({
        lastUpdate: { ...NAV.lastUpdate, id: '<b>x</b>' },
      }),
      /lastUpdate.id/,
    ],
    [
      'another sender type',
      frame({
        lastUpdate: { ...NAV.lastUpdate, type: 'admin' },
      }),
      /lastUpdate.type/,
    ],
    [
      'a negative time',
      frame({
        lastUpdate: { ...NAV.lastUpdate, time: -1 },
      }),
      /lastUpdate.time/,
    ],
    [
      'a timer status',
      frame({
        timer: { status: 'exploded', startedAt: 0, pausedAt: 0 },
      }),
      /timer.status/,
    ],
    [
      'a timer with per-slide records',
      frame({
        timer: {
          status: 'running',
          startedAt: 0,
          pausedAt: 0,
          slides: {},
        },
      }),
      /timer has unknown keys: slides/,
    ],
    [
      'a frame over the size limit',
      frame({
        pad: 'x'.repeat(MAX_RELAY_FRAME),
      }),
      /over 4096/,
    ],
  ])('refuses %s', (_what, text, reason) => {
    const parsed = parseNavMessage(text, 33)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.reason).toMatch(reason)
  })
  it('navMessage leaves Slidev\'s other shared fields (the cursor, per-slide times) at home', () => {
    const state = {
      ...NAV,
      cursor: { x: 1, y: 2 },
      timer: {
        status: 'paused' as const,
        startedAt: 5,
        pausedAt: 9,
        slides: {
          1: { start: 1 },
        },
      },
    }
    expect(navMessage(state)).toEqual({
      ...NAV,
      timer: { status: 'paused', startedAt: 5, pausedAt: 9 },
    })
    expect(navMessage({ page: 1, clicks: 0, clicksTotal: 0 })).toBeUndefined()
  })
  it('navMessage sends a timer in whole milliseconds, so the relay never refuses the deck\'s own frame', () => {
    const message = navMessage({
      ...NAV,
      timer: { status: 'paused', startedAt: 1764838800123.6, pausedAt: 1764838860000.2 },
    })
    expect(message?.timer).toEqual({ status: 'paused', startedAt: 1764838800124, pausedAt: 1764838860000 })
    expect(parseNavMessage(JSON.stringify(message), 33).ok).toBe(true)
  })
})

describe('the relay over WebSockets', () => {
  let relay: Relay
  let url: string
  const server = createServer()
  beforeAll(async () => {
    relay = createRelay({ slides: 33 })
    server.on('upgrade', (req, socket, head) => relay.accept(req, socket, head))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    await relay.close()
    server.close()
  })
  const connect = () => new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
  const nextMessage = (ws: WebSocket, ms = 1000) => new Promise<string | undefined>((resolve) => {
    ws.once('message', data => resolve(String(data)))
    setTimeout(resolve, ms, undefined)
  })
  const closeCode = (ws: WebSocket) => new Promise<number>(resolve => ws.once('close', code => resolve(code)))

  it('a valid frame reaches every other device, rebuilt, and not its sender', async () => {
    const [a, b, c] = await Promise.all([
      connect(),
      connect(),
      connect(),
    ])
    const atB = nextMessage(b)
    const atC = nextMessage(c)
    const atA = nextMessage(a, 300)
    a.send(frame({ page: 7 }))
    expect(JSON.parse((await atB)!)).toEqual({ ...NAV, page: 7 })
    expect(JSON.parse((await atC)!)).toEqual({ ...NAV, page: 7 })
    expect(await atA).toBeUndefined()
    expect(relay.last()?.page).toBe(7)
    for (const ws of [a, b, c])
      ws.close()
  })

  it.each([
    ['Slidev\'s monaco-write', '{"type":"custom","event":"slidev:monaco-write"}'],
    [
      'a binary frame',
      Buffer.from(frame()),
    ],
    [
      'a frame over the limit',
      'x'.repeat(MAX_RELAY_FRAME + 10),
    ],
  ])('%s closes its sender\'s socket and reaches no one', async (_what, data) => {
    const [bad, other] = await Promise.all([
      connect(),
      connect(),
    ])
    const atOther = nextMessage(other, 500)
    const closed = closeCode(bad)
    bad.send(data)
    expect([1008, 1009]).toContain(await closed)
    expect(await atOther).toBeUndefined()
    other.close()
  })

  it(`accepts at most ${MAX_RELAY_CLIENTS} devices at once`, async () => {
    const sockets = await Promise.all(Array.from({ length: MAX_RELAY_CLIENTS }, connect))
    await expect(connect()).rejects.toThrow(/503/)
    // Closed before the next test connects, so no test depends on running before this one.
    await Promise.all(sockets.map((ws) => {
      const closed = closeCode(ws)
      ws.close()
      return closed
    }))
  })
})

/**
 * The deck's side of the presenting relay (setup/relay-sync.ts), with a stand-in socket: it joins only Slidev's shared
 * channel, sends each change once, never echoes what it received, drops what the schema refuses, and makes a move
 * from another device one this tab follows.
 */
import type { RelaySocket } from '../../setup/relay-sync.ts'
import { describe, expect, it } from 'vitest'
import { ownType, relaySync, relayUrl, sharedPatch } from '../../setup/relay-sync.ts'
import { frame, NAV } from '../support/relay-frames.ts'

describe('the deck\'s side: setup/relay-sync.ts', () => {
  function fakeSocket() {
    const sent: string[] = []
    const listeners: Record<string, Array<(e: { data?: unknown }) => void>> = {}
    const socket: RelaySocket & { sent: string[], emit: (type: string, data?: unknown) => void, readyState: number } = {
      readyState: 0,
      sent,
      send: data => sent.push(data),
      addEventListener: (type, fn) => (listeners[type] ??= []).push(fn),
      emit: (type, data) => listeners[type]?.forEach(fn => fn({ data })),
    }
    return socket
  }

  it('joins only Slidev\'s shared channel, sends what changed once, queues until open, and never echoes an update', () => {
    const socket = fakeSocket()
    const updates: unknown[] = []
    const sync = relaySync('ws://x', () => socket, () => '/deck/presenter/3')
    expect(sync.init('Talk - drawings', () => {}, {}, false)).toBeUndefined()
    const write = sync.init('Talk - shared', u => updates.push(u), {}, false)!
    write({
      ...NAV,
      cursor: { x: 1 },
    } as never, false)
    expect(socket.sent).toEqual([])
    socket.readyState = 1
    socket.emit('open')
    expect(socket.sent).toEqual([
      JSON.stringify(NAV),
    ])
    write({ ...NAV } as never, false)
    write({ ...NAV, page: 4 } as never, true)
    expect(socket.sent.length).toBe(1)
    socket.emit('message', frame({
      page: 9,
      lastUpdate: { ...NAV.lastUpdate, type: 'presenter' },
    }))
    socket.emit('message', '{"type":"custom","event":"slidev:monaco-write"}')
    expect(updates).toEqual([
      {
        page: 9,
        clicks: 1,
        clicksTotal: 2,
        lastUpdate: { ...NAV.lastUpdate, type: 'viewer' },
      },
    ])
  })

  it.each([
    ['/deck/presenter/3', 'presenter', 'viewer'],
    ['/deck/presenter/', 'presenter', 'viewer'],
    ['/deck/3', 'viewer', 'presenter'],
    ['/deck/act-rise', 'viewer', 'presenter'],
  ] as const)('a move from another device is followed on %s (a %s: it arrives as from a %s)', (path, own, from) => {
    expect(ownType(path)).toBe(own)
    expect(sharedPatch({
      ...NAV,
      type: 'nav',
      lastUpdate: { ...NAV.lastUpdate, type: own },
    } as never, own)).toMatchObject({
      lastUpdate: { type: from },
    })
  })

  it('builds the relay address from the page', () => {
    expect(relayUrl({ protocol: 'https:', host: '192.168.1.23:3443' }, '/deck/')).toBe('wss://192.168.1.23:3443/deck/__deck/relay')
    expect(relayUrl({ protocol: 'http:', host: 'localhost:3030' }, '/')).toBe('ws://localhost:3030/__deck/relay')
  })
})

import type { RequestFacts } from '../../scripts/present/request-rules.ts'
import { describe, expect, it } from 'vitest'
import { carriesPollutionKey, devGuardVerdict, parseJsonWithoutPollution, remoteVerdict } from '../../scripts/present/request-rules.ts'

const GATE = 'https://192.168.1.23:3443'

function req(method: string, url: string, headers: RequestFacts['headers'] = {}): RequestFacts {
  return { method, url, headers }
}

const json = { 'content-type': 'application/json' }
const sameSite = { 'sec-fetch-site': 'same-origin' }

describe('carriesPollutionKey', () => {
  it.each([
    ['/@server-reactive/__proto__/x', true],
    ['/@server-reactive/constructor/prototype/x', true],
    ['/@server-reactive/nav.constructor', true],
    ['/@server-ref/a?prototype=1', true],
    ['/@server-reactive/%5F%5Fproto%5F%5F/x', true],
    ['/@server-reactive/%255F%255Fproto%255F%255F/x', true],
    ['/anything?__proto__[x]=1', true],
    ['/@fs/some/constructor/file.js', true],
    ['/bad%E0%A4%A', true],
    ['/@server-reactive/nav', false],
    ['/@server-reactive/drawings?diff', false],
    ['/presenter/3', false],
    ['/node_modules/.vite/deps/prototype-utils.js', false],
    ['/@fs/x/constructor.js?v=1', false],
  ])('%s → %s', (url, expected) => {
    expect(carriesPollutionKey(url)).toBe(expected)
  })
})

describe('parseJsonWithoutPollution', () => {
  it.each([
    '{"patch":{"__proto__":{"polluted":1}}}',
    '{"a":[{"constructor":{"prototype":{"x":1}}}]}',
    '{"prototype":1}',
    'not json',
  ])('refuses %s', (text) => {
    expect(() => parseJsonWithoutPollution(text)).toThrow(SyntaxError)
  })

  it('accepts an ordinary navigation patch', () => {
    expect(parseJsonWithoutPollution('{"patch":{"page":3,"clicks":1}}')).toEqual({
      patch: { page: 3, clicks: 1 },
    })
  })
})

describe('devGuardVerdict (every npm run dev)', () => {
  const host = { host: 'localhost:3030' }
  it.each([
    [
      'cross-site text/plain slide write',
      req('POST', '/__slidev/slides/2.json', {
        ...host,
        'content-type': 'text/plain',
        'sec-fetch-site': 'cross-site',
        'origin': 'http://evil.test',
      }),
      403,
    ],
    [
      'cross-origin JSON nav',
      req('POST', '/@server-reactive/nav', {
        ...host,
        ...json,
        origin: 'http://evil.test',
      }),
      403,
    ],
    [
      'same-site but other port',
      req('POST', '/@server-reactive/nav', {
        ...host,
        ...json,
        'sec-fetch-site': 'same-site',
      }),
      403,
    ],
    [
      'same-origin non-JSON',
      req('POST', '/@server-reactive/nav', { ...host, 'content-type': 'text/plain', 'origin': 'http://localhost:3030' }),
      415,
    ],
    [
      'JSON with a parameter but wrong type',
      req('PUT', '/__slidev/slides/2.json', { ...host, 'content-type': 'application/x-www-form-urlencoded' }),
      415,
    ],
    [
      'prototype key in the path',
      req('POST', '/@server-reactive/__proto__/x', {
        ...host,
        ...json,
      }),
      400,
    ],
    [
      'constructor.prototype key path',
      req('GET', '/@server-reactive/constructor/prototype/x', host),
      400,
    ],
    [
      'Monaco type loader',
      req('GET', '/@slidev-monaco-types/load?root=/', host),
      404,
    ],
    [
      'cross-site open-in-editor',
      req('GET', '/__open-in-editor?file=x', { ...host, 'sec-fetch-site': 'cross-site' }),
      403,
    ],
  ])('refuses %s', (_name, facts, status) => {
    expect(devGuardVerdict(facts)).toMatchObject({ ok: false, status })
  })

  it.each([
    [
      'same-origin JSON nav (the projector sync)',
      req('POST', '/@server-reactive/nav', {
        ...host,
        ...json,
        ...sameSite,
        origin: 'http://localhost:3030',
      }),
    ],
    [
      'same-origin JSON note save',
      req('POST', '/__slidev/slides/2.json', { ...host, 'content-type': 'application/json; charset=utf-8', 'origin': 'http://localhost:3030' }),
    ],
    [
      'a GET from anywhere',
      req('GET', '/presenter/3', { ...host, 'sec-fetch-site': 'cross-site' }),
    ],
    [
      'a non-browser JSON write from this machine',
      req('POST', '/@server-reactive/nav', {
        ...host,
        ...json,
      }),
    ],
  ])('allows %s', (_name, facts) => {
    expect(devGuardVerdict(facts)).toEqual({ ok: true })
  })
})

describe('remoteVerdict (a paired device, through the gate)', () => {
  const mine = {
    ...json,
    ...sameSite,
    origin: GATE,
  }
  it.each([
    [
      'a slide write',
      req('POST', '/__slidev/slides/3.json', mine),
      403,
    ],
    [
      'a snapshot write',
      req('POST', '/@server-reactive/snapshots', mine),
      403,
    ],
    [
      'the Monaco type loader',
      req('GET', '/@slidev-monaco-types/load?root=/', {}),
      403,
    ],
    [
      'Vite inspect',
      req('GET', '/__inspect/', {}),
      403,
    ],
    [
      'the MCP endpoint',
      req('POST', '/__mcp', mine),
      403,
    ],
    [
      'open-in-editor',
      req('GET', '/__open-in-editor?file=x', {}),
      403,
    ],
    [
      'a prototype key in the path',
      req('POST', '/@server-reactive/__proto__/x', mine),
      403,
    ],
    [
      'a cross-origin nav',
      req('POST', '/@server-reactive/nav', { ...json, origin: 'https://evil.test' }),
      403,
    ],
    [
      'a cross-site nav',
      req('POST', '/@server-reactive/nav', { ...json, 'sec-fetch-site': 'cross-site' }),
      403,
    ],
    [
      'a non-JSON nav',
      req('POST', '/@server-reactive/nav', { ...sameSite, 'origin': GATE, 'content-type': 'text/plain' }),
      415,
    ],
    [
      'a DELETE',
      req('DELETE', '/@server-reactive/nav', mine),
      403,
    ],
  ])('refuses %s', (_name, facts, status) => {
    expect(remoteVerdict(facts, GATE)).toMatchObject({ ok: false, status })
  })

  it.each([
    [
      'the presenter view',
      req('GET', '/presenter/1', {}),
    ],
    [
      'the notes of a slide',
      req('GET', '/__slidev/slides/3.json', {}),
    ],
    [
      'navigation',
      req('POST', '/@server-reactive/nav', mine),
    ],
    [
      'drawing',
      req('POST', '/@server-reactive/drawings', mine),
    ],
  ])('allows %s', (_name, facts) => {
    expect(remoteVerdict(facts, GATE)).toEqual({ ok: true })
  })
})

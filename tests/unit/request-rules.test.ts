import type { RequestFacts } from '../../scripts/present/request-rules.ts'
import { describe, expect, it } from 'vitest'
import { canonicalPath, carriesPollutionKey, devGuardVerdict } from '../../scripts/present/request-rules.ts'

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

describe('canonicalPath: one spelling for every rule', () => {
  it.each([
    ['/__OPEN-IN-EDITOR?file=x', '/__open-in-editor'],
    ['/@slidev%2Dmonaco-types/load?root=/', '/@slidev-monaco-types/load'],
    ['//@slidev-monaco-types//load', '/@slidev-monaco-types/load'],
    ['/x/../y/./z', '/y/z'],
    ['/../../etc/passwd', '/etc/passwd'],
    ['/a;jsessionid=1/b;x', '/a/b'],
    ['/a\\b', '/a/b'],
    ['/%252F%252e%252e/x', '/x'],
    ['/presenter/3?clicks=1', '/presenter/3'],
    ['/', '/'],
  ])('%s → %s', (target, want) => {
    expect(canonicalPath(target)).toBe(want)
  })
  it('an undecodable path has no canonical form', () => {
    expect(canonicalPath('/bad%E0%A4%A')).toBeUndefined()
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

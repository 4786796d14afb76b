/**
 * The dev guard and the dev-server arguments against every spelling in the red-team report
 * (../shared/research/security-redteam-2026-12.md: M3, M4, L1, L2, I3), plus generated case and encoding variants of
 * each closed route. Each row failed on 7f98f30, where the rules matched the raw path and the raw flag name.
 */
import type { RequestFacts } from '../../scripts/present/request-rules.ts'
import { describe, expect, it } from 'vitest'
import { networkFlag } from '../../scripts/present/dev-args.ts'
import { devGuardVerdict } from '../../scripts/present/request-rules.ts'

const HOST = 'localhost:3031'
const ORIGIN = `http://${HOST}`
function req(method: string, url: string, headers: RequestFacts['headers'] = {}): RequestFacts {
  return {
    method,
    url,
    headers: { host: HOST, ...headers },
  }
}
const crossSite = { 'origin': 'http://evil.test:8000', 'sec-fetch-site': 'cross-site' }
const sameOriginJson = { 'origin': ORIGIN, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }

/** Case and encoding variants of a path: upper case, one character percent-encoded, doubled slashes, dot segments. */
function spellings(path: string): string[] {
  const enc = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  const at = path.search(/[a-z_-]/)
  const c = path[at]
  return [
    path.toUpperCase(),
    path.replace(/[a-z]/, m => m.toUpperCase()),
    `${path.slice(0, at)}${enc(c)}${path.slice(at + 1)}`,
    `${path.slice(0, at)}${enc(c).replace('%', '%25')}${path.slice(at + 1)}`,
    path.replace('-', '%2D'),
    path.replace('-', '%2d'),
    `/${path}`,
    `/x/..${path}`,
    `/.${path}`,
    path.replace(/^\//, '/%2F'),
    `${path};x=1`,
  ]
}

describe('m3: open-in-editor from another site, in any spelling, is refused', () => {
  it.each([
    '/__OPEN-IN-EDITOR',
    ...spellings('/__open-in-editor'),
  ])('gET %s?file=/etc/hostname cross-site → 403', (path) => {
    const verdict = devGuardVerdict(req('GET', `${path}?file=/etc/hostname`, crossSite))
    expect(verdict, `${path}: the editor would open`).toMatchObject({ ok: false, status: 403 })
  })
})

describe('m4: the Monaco type loader is closed in any spelling', () => {
  it.each([
    '/@slidev%2Dmonaco-types/load',
    ...spellings('/@slidev-monaco-types/load'),
  ])('gET %s?root=/OUTSIDE → refused', (path) => {
    const verdict = devGuardVerdict(req('GET', `${path}?root=/OUTSIDE&name=x`, { 'sec-fetch-site': 'same-origin' }))
    expect(verdict.ok, `${path}: Monaco would list files outside fs.allow`).toBe(false)
  })
})

describe('l1: prototype keys are refused however the key path is spelt', () => {
  it.each([
    '/@server-reactive/x%3F.constructor.prototype.k',
    '/@server-reactive/x%253F.constructor.prototype.k',
    '/@server-reactive/x%3f.__proto__.k',
    '/@server-reactive/x%23.constructor.prototype.k',
    '/@server-reactive/x%26.prototype',
    '/@server-reactive/x;.constructor',
    '/@SERVER-REACTIVE/x.constructor.prototype.k',
    '/@server-reactive/x[constructor][prototype]',
  ])('pOST %s → 400', (url) => {
    expect(devGuardVerdict(req('POST', url, sameOriginJson))).toMatchObject({ ok: false, status: 400 })
  })
})

describe('i3: a Host other than this machine\'s loopback name is refused (DNS rebinding)', () => {
  it.each([
    'attacker.test:3031',
    'localhost.attacker.test:3031',
    '127.0.0.1.nip.io:3031',
    '192.168.1.23:3031',
    '',
  ])('host %s with a matching Origin → refused', (host) => {
    const verdict = devGuardVerdict({
      method: 'POST',
      url: '/@server-reactive/nav',
      headers: {
        'host': host,
        'origin': `http://${host}`,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
    })
    expect(verdict.ok, `Host ${host}`).toBe(false)
  })
  it.each([
    'localhost:3031',
    '127.0.0.1:3031',
    '[::1]:3031',
    'LOCALHOST:3031',
  ])('host %s is this machine', (host) => {
    expect(devGuardVerdict({
      method: 'GET',
      url: '/1',
      headers: { host },
    }).ok).toBe(true)
  })
})

describe('l2: npm run dev refuses every spelling yargs accepts of --remote, --tunnel and --bind', () => {
  it.each([
    ['--remote.x', '--remote'],
    ['--remote.x=1', '--remote'],
    ['--tunnel.x', '--tunnel'],
    ['--bind.x=0.0.0.0', '--bind'],
    ['--no-remote', '--remote'],
    ['--remote-password=x', '--remote'],
    ['--remote', '--remote'],
    ['--bind=0.0.0.0', '--bind'],
    ['--Remote', '--remote'],
    ['---remote', '--remote'],
  ])('%s → refused as %s', (arg, flag) => {
    expect(networkFlag(['--port', '3031', arg])).toBe(flag)
  })
  it.each([
    ['--port', '3031'],
    ['--base', '/x/'],
    ['--open'],
    ['slides.md'],
    ['--force'],
  ])('%s is allowed', (...args) => {
    expect(networkFlag(args)).toBeUndefined()
  })
})

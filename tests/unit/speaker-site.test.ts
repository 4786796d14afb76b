import type { Relay } from '../../scripts/present/relay.ts'
/**
 * Presenting from a read-only build: the files answer GET and HEAD only, the laptop's copy answers its own loopback
 * names only and lets only its own pages join the relay, and the presenting build is remade only when a source of
 * the deck changed (the content hash).
 */
import type { LoopbackSite } from '../../scripts/present/speaker-site.ts'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createRelay, RELAY_PATH } from '../../scripts/present/relay.ts'
import { sourceFiles, sourceHash } from '../../scripts/present/speaker-build.ts'
import { readOnlySite, serveOnLoopback } from '../../scripts/present/speaker-site.ts'

let dir: string
let site: LoopbackSite
let relay: Relay
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-site-'))
  await writeFile(join(dir, 'index.html'), '<title>deck</title>')
  relay = createRelay({ slides: 3 })
  site = await serveOnLoopback({
    site: readOnlySite(dir, '/deck/'),
    relay,
    base: '/deck/',
    port: 0,
  })
})
afterAll(async () => {
  await site.close()
  await relay.close()
  await rm(dir, { recursive: true, force: true })
})

function call(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number, allow?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: site.port,
      method,
      path,
      headers: { host: `localhost:${site.port}`, ...headers },
    }, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, allow: res.headers.allow })
    })
    req.on('error', reject)
    req.end(method === 'GET' || method === 'HEAD'
      ? undefined
      : '{}')
  })
}

describe('the read-only site', () => {
  it.each(['GET', 'HEAD'])('%s of a page → 200', async (method) => {
    expect((await call(method, '/deck/3')).status).toBe(200)
  })
  it.each([
    'POST',
    'PUT',
    'PATCH',
    'DELETE',
    'OPTIONS',
  ])('%s → 405, Allow: GET, HEAD', async (method) => {
    expect(await call(method, '/deck/index.html')).toEqual({ status: 405, allow: 'GET, HEAD' })
  })
  it.each(['/__open-in-editor?file=/etc/hostname', '/@fs/etc/hostname', '/@slidev-monaco-types/load?root=/'])('gET %s (outside the deck) → 404', async (path) => {
    expect((await call('GET', path)).status).toBe(404)
  })
  it.each(['attacker.test', `attacker.test:0`, '192.168.1.23'])('host %s → 421 (DNS rebinding)', async (host) => {
    expect((await call('GET', '/deck/', { host })).status).toBe(421)
  })
})

describe('the laptop\'s relay', () => {
  const join = (origin: string | undefined, path = `/deck/${RELAY_PATH}`) => new Promise<string>((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${site.port}${path}`, {
      headers: { host: `localhost:${site.port}` },
      ...(origin
        ? { origin }
        : {}),
    })
    ws.once('open', () => {
      ws.close()
      resolve('open')
    })
    ws.once('error', error => resolve(error.message))
  })
  it('lets a page of this server join', async () => {
    expect(await join(`http://localhost:${site.port}`)).toBe('open')
  })
  it.each([
    ['http://evil.test'],
    ['null'],
    [undefined],
  ])('refuses Origin %s', async (origin) => {
    expect(await join(origin)).toMatch(/403/)
  })
  it('refuses any other path', async () => {
    expect(await join(`http://localhost:${site.port}`, '/deck/?token=x')).toMatch(/404/)
  })
})

describe('the presenting build is remade only when the deck changed', () => {
  it('hashes every source file\'s path and bytes, skips generated files, and changes with a byte or the settings', async () => {
    const root = await mkdtemp(join(tmpdir(), 'deck-hash-'))
    await mkdir(join(root, 'pages'))
    await mkdir(join(root, 'styles/generated'), { recursive: true })
    await writeFile(join(root, 'slides.md'), '# one')
    await writeFile(join(root, 'pages/a.md'), 'a')
    await writeFile(join(root, 'styles/generated/cjk.css'), 'x')
    await writeFile(join(root, 'styles/tokens.ts'), 't')
    const entries = [
      'slides.md',
      'pages',
      'styles',
      'missing',
    ]
    expect(sourceFiles(root, entries)).toEqual(['pages/a.md', 'slides.md', 'styles/tokens.ts'])
    const first = sourceHash(root, sourceFiles(root, entries), 'base=/')
    expect(sourceHash(root, sourceFiles(root, entries), 'base=/')).toBe(first)
    await writeFile(join(root, 'styles/generated/cjk.css'), 'y')
    expect(sourceHash(root, sourceFiles(root, entries), 'base=/')).toBe(first)
    expect(sourceHash(root, sourceFiles(root, entries), 'base=/x/')).not.toBe(first)
    await writeFile(join(root, 'pages/a.md'), 'b')
    expect(sourceHash(root, sourceFiles(root, entries), 'base=/')).not.toBe(first)
    await rm(root, { recursive: true, force: true })
  })
})

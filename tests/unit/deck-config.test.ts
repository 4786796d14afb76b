import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { DeckConfigError, DEFAULT_BASE, DEFAULT_URL, normaliseBase, normaliseUrl, readDeckConfig, releaseUrlProblem, TEST_DECK_URL, unshippableUrls } from '../../deck.config.ts'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['deck', '/deck/'],
    ['/deck', '/deck/'],
    ['/deck/', '/deck/'],
    ['//a//b/', '/a/b/'],
  ])('%j → %j', (raw, expected) => expect(normaliseBase(raw)).toBe(expected))

  it.each(['https://x.org/deck/', '/deck?x=1', '/my deck/'])('rejects %j with a message naming DECK_BASE', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(DeckConfigError)
    expect(() => normaliseBase(raw)).toThrow(/DECK_BASE/)
  })
})

describe('normaliseUrl', () => {
  it.each([
    ['https://example.org/deck', 'https://example.org/deck/'],
    ['https://example.org/deck/?a=1#5', 'https://example.org/deck/'],
    ['http://localhost:3030', 'http://localhost:3030/'],
  ])('%j → %j', (raw, expected) => expect(normaliseUrl(raw)).toBe(expected))

  it.each(['not a url', 'ftp://example.org/', '/relative/'])('rejects %j with a message naming DECK_URL', (raw) => {
    expect(() => normaliseUrl(raw)).toThrow(/DECK_URL/)
  })
})

describe('readDeckConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readDeckConfig({})).toEqual({
      base: DEFAULT_BASE,
      url: DEFAULT_URL,
      client: 'lean',
      relay: false,
    })
  })
  it('reads DECK_BASE and DECK_URL', () => {
    expect(readDeckConfig({ DECK_BASE: 'talk', DECK_URL: 'https://x.org/talk' })).toEqual({
      base: '/talk/',
      url: 'https://x.org/talk/',
      client: 'lean',
      relay: false,
    })
  })
  it('reads DECK_CLIENT (stock only for the benchmark\'s comparison) and refuses anything else', () => {
    expect(readDeckConfig({ DECK_CLIENT: 'stock' }).client).toBe('stock')
    expect(() => readDeckConfig({ DECK_CLIENT: 'fast' })).toThrow('DECK_CLIENT must be lean (the default) or stock, not "fast".')
  })
})

describe('unshippableUrls: loopback and placeholder addresses in an artefact\'s text', () => {
  it.each([
    [
      'Open http://localhost:3030/ to see it',
      ['http://localhost:3030/'],
    ],
    [
      'QR: https://example.github.io/deck/ and https://x.org/',
      ['https://example.github.io/deck/'],
    ],
    [
      'Slides at http://127.0.0.1:4000/deck/5.',
      ['http://127.0.0.1:4000/deck/5'],
    ],
    ['The hosted deck: https://deepseek-team.github.io/deck/', []],
    ['no address at all', []],
  ])('%j → %j', (text, found) => {
    expect(unshippableUrls(text)).toEqual(found)
  })
})

describe('a release never ships a placeholder address', () => {
  it.each([
    [undefined, /not set/],
    ['', /not set/],
    ['http://localhost:3030/', /on this machine only/],
    ['http://127.0.0.1:8080/deck/', /on this machine only/],
    ['http://[::1]/', /on this machine only/],
    ['http://0.0.0.0/', /on this machine only/],
    ['https://you.github.io/deck/', /a placeholder address/],
    ['https://example.github.io/deck/', /a placeholder address/],
    ['https://talks.example.org/', /a placeholder address/],
    ['https://example.com/', /a placeholder address/],
    // Names reserved for documentation and tests (RFC 2606, 6761): never a real host.
    ['https://deck.invalid/', /a placeholder address/],
    ['https://slides.test/deck/', /a placeholder address/],
    ['https://talk.example/', /a placeholder address/],
    ['https://deck.localhost/', /a placeholder address/],
  ])('refuses DECK_URL=%j', (url, reason) => {
    expect(releaseUrlProblem({ DECK_URL: url })).toMatch(reason)
  })
  it.each([
    'https://deepseek-team.github.io/deepseek-meteoric-rise/',
    'https://talks.example-conf.org/deck/',
    'https://test.dev/deck/',
    'https://contest.org/',
    TEST_DECK_URL,
  ])('accepts %s', (url) => {
    expect(releaseUrlProblem({ DECK_URL: url })).toBeUndefined()
  })

  const run = promisify(execFile)
  it.each([
    [
      'build',
      ['scripts/build.ts', 'public', '--release'],
    ],
    [
      'export',
      ['scripts/export.ts', '--release'],
    ],
  ])('npm run %s -- --release stops with one sentence and writes nothing when DECK_URL is unset', async (_name, args) => {
    const out = join(mkdtempSync(join(tmpdir(), 'release-')), 'site')
    const failure = await run(process.execPath, [...args, '--out', out], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DECK_URL: '', DECK_EXPORT_DIR: out },
    })
      .then(() => undefined, (error: { code: number, stderr: string }) => error)
    expect(failure?.code).toBe(1)
    expect(failure?.stderr.trim()).toMatch(/^✖ Not (?:building|exporting) a release: DECK_URL is not set[^\n]*\.$/)
    expect(existsSync(out)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { DeckConfigError, DEFAULT_BASE, DEFAULT_URL, normaliseBase, normaliseUrl, readDeckConfig } from '../../deck.config.ts'

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
    expect(readDeckConfig({})).toEqual({ base: DEFAULT_BASE, url: DEFAULT_URL })
  })
  it('reads DECK_BASE and DECK_URL', () => {
    expect(readDeckConfig({ DECK_BASE: 'talk', DECK_URL: 'https://x.org/talk' })).toEqual({ base: '/talk/', url: 'https://x.org/talk/' })
  })
})

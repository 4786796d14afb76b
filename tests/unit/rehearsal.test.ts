import { describe, expect, it } from 'vitest'
import { deckFingerprint, newRehearsal, readRehearsal, rehearsalFile, rehearsalMismatch } from '../../components/rehearsal.ts'

const titles = ['Cover', 'The rise', 'The squeeze']

describe('rehearsal records', () => {
  const run = newRehearsal(titles, 1, Date.UTC(2026, 11, 4, 9, 30))
  it('round-trips through JSON byte for byte', () => {
    const text = JSON.stringify(run)
    expect(JSON.stringify(readRehearsal(text, titles))).toBe(text)
  })
  it.each([
    ['nothing stored', null],
    ['not JSON', '{'],
    [
      'another deck (2 slides)',
      JSON.stringify({ ...run, slides: 2 }),
    ],
    [
      'a deck with other titles',
      JSON.stringify({
        ...run,
        deck: deckFingerprint(['Cover', 'The fall', 'The squeeze']),
      }),
    ],
    [
      'a broken event',
      JSON.stringify({
        ...run,
        events: [
          { at: 1, kind: 'enter' },
        ],
      }),
    ],
    [
      'another version',
      JSON.stringify({ ...run, version: 2 }),
    ],
  ])('refuses %s', (_, text) => expect(readRehearsal(text, titles)).toBeUndefined())
  it('says in one sentence why a run is from another deck', () => {
    expect(rehearsalMismatch(run, [...titles, 'Extra'])).toBe('it was recorded on a deck of 3 slides and this one has 4')
    expect(rehearsalMismatch(run, ['Cover', 'The fall', 'The squeeze'])).toBe('it was recorded on a deck whose slide titles differ from this one')
    expect(rehearsalMismatch(run, titles)).toBeUndefined()
  })
  it('names its file by when it began', () => {
    expect(rehearsalFile(run)).toBe('rehearsal-2026-12-04T09-30.json')
  })
  it('fingerprints titles in order', () => {
    expect(deckFingerprint(titles)).toMatch(/^[0-9a-f]{8}$/)
    expect(deckFingerprint(titles)).not.toBe(deckFingerprint([...titles].reverse()))
  })
})

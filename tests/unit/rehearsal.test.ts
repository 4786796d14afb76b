import type { PaceEvent } from '../../components/pacing.ts'
import { describe, expect, it } from 'vitest'
import { archiveRun, deckFingerprint, HISTORY_RUNS, navEvents, newRehearsal, readHistory, readRehearsal, rehearsalFile, rehearsalMismatch } from '../../components/rehearsal.ts'

const titles = ['Cover', 'The rise', 'The squeeze']

describe('rehearsal records', () => {
  const run = newRehearsal(titles, 1, Date.UTC(2026, 11, 4, 9, 30))
  it('round-trips through JSON byte for byte, click steps and pauses too', () => {
    const text = JSON.stringify({
      ...run,
      events: [
        ...run.events,
        {
          at: run.started + 5000,
          kind: 'step',
          slide: 1,
          click: 1,
        },
        { at: run.started + 6000, kind: 'pause' },
        { at: run.started + 9000, kind: 'resume' },
      ],
    })
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
      'a click step without its slide',
      JSON.stringify({
        ...run,
        events: [
          ...run.events,
          { at: 2, kind: 'step', click: 1 },
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

describe('navEvents: what the deck moving adds to the run', () => {
  const enter = (slide: number): PaceEvent => ({ at: 0, kind: 'enter', slide })
  const step = (slide: number, click: number): PaceEvent => ({ at: 0, kind: 'step', slide, click })
  it.each<[string, PaceEvent[], number, number, PaceEvent[]]>([
    // what happened, the run so far, where the deck stands (slide, click) → events added at 5
    [
      'nothing yet',
      [],
      1,
      0,
      [
        { at: 5, kind: 'enter', slide: 1 },
      ],
    ],
    [
      'still on slide 1',
      [
        enter(1),
      ],
      1,
      0,
      [],
    ],
    [
      'a click on slide 1',
      [
        enter(1),
      ],
      1,
      1,
      [
        {
          at: 5,
          kind: 'step',
          slide: 1,
          click: 1,
        },
      ],
    ],
    [
      'the same step again (a re-render)',
      [
        enter(1),
        step(1, 1),
      ],
      1,
      1,
      [],
    ],
    [
      'a click back to the first step',
      [
        enter(1),
        step(1, 1),
      ],
      1,
      0,
      [
        {
          at: 5,
          kind: 'step',
          slide: 1,
          click: 0,
        },
      ],
    ],
    [
      'the next slide, at its first step',
      [
        enter(1),
        step(1, 2),
      ],
      2,
      0,
      [
        { at: 5, kind: 'enter', slide: 2 },
      ],
    ],
    [
      'back to slide 1 at its last step',
      [
        enter(1),
        step(1, 2),
        enter(2),
      ],
      1,
      2,
      [
        { at: 5, kind: 'enter', slide: 1 },
        {
          at: 5,
          kind: 'step',
          slide: 1,
          click: 2,
        },
      ],
    ],
    [
      'a pause does not count as a move',
      [
        enter(1),
        step(1, 1),
        { at: 0, kind: 'pause' },
      ],
      1,
      1,
      [],
    ],
  ])('%s', (_, events, slide, click, added) => expect(navEvents(events, slide, click, 5)).toEqual(added))
})

describe('the runs kept in this browser for the report', () => {
  const at = Date.UTC(2026, 11, 4, 9, 30)
  const run = (minute: number) => newRehearsal(titles, 1, at + minute * 60_000)
  it('keeps a run once, ended when it was archived unless saved earlier', () => {
    const once = archiveRun([], run(0), at + 90_000)
    expect(once).toEqual([
      {
        ...run(0),
        ended: at + 90_000,
      },
    ])
    expect(archiveRun(once, run(0), at + 120_000)).toBe(once)
    expect(archiveRun([], {
      ...run(0),
      ended: at + 30_000,
    }, at + 90_000)[0].ended).toBe(at + 30_000)
  })
  it('drops a run shorter than ten seconds ("New run" pressed twice)', () => {
    expect(archiveRun([], run(0), at + 9_000)).toEqual([])
  })
  it(`keeps the newest ${HISTORY_RUNS}`, () => {
    let history: ReturnType<typeof archiveRun> = []
    for (let minute = 0; minute < HISTORY_RUNS + 3; minute++)
      history = archiveRun(history, run(minute), at + (minute + 1) * 60_000)
    expect(history).toHaveLength(HISTORY_RUNS)
    expect(history[0].started).toBe(run(3).started)
  })
  it('reads back only the runs of this deck', () => {
    const other = newRehearsal(['Another deck'], 1, at)
    const text = JSON.stringify([
      run(0),
      other,
      { version: 2 },
    ])
    expect(readHistory(text, titles)).toEqual([
      run(0),
    ])
    expect(readHistory('{', titles)).toEqual([])
    expect(readHistory(null, titles)).toEqual([])
    expect(readHistory('{"a":1}', titles)).toEqual([])
  })
})

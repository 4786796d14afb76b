import type { PaceEvent } from './pacing.ts'

/** One rehearsal as the presenter records it (localStorage) and saves it (JSON). */
export interface Rehearsal {
  version: 1
  /** The deck it was recorded on: a report refuses a run from a deck with other slides (count or titles). */
  slides: number
  deck: string
  /** ms since the epoch when the run began, and when it was saved (the end of the last slide's time). */
  started: number
  ended?: number
  events: PaceEvent[]
}

/** A short fingerprint of the deck's slide titles in order (FNV-1a, 32 bits, hex): the same in Node and the browser. */
export function deckFingerprint(titles: string[]): string {
  let hash = 0x811C9DC5
  for (const char of titles.join('\n')) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

export const REHEARSAL_KEY = 'deck-rehearsal'

export function newRehearsal(titles: string[], slide: number, at: number): Rehearsal {
  return {
    version: 1,
    slides: titles.length,
    deck: deckFingerprint(titles),
    started: at,
    events: [
      { at, kind: 'enter', slide },
    ],
  }
}

/**
 * What the deck standing at `slide`, click step `click`, adds to the run: the slide entered, a click step entered on
 * it, both (a slide entered at a later step: going back, or a reload), or nothing when the run already stands there.
 */
export function navEvents(events: PaceEvent[], slide: number, click: number, at: number): PaceEvent[] {
  const last = events.findLast(e => e.kind === 'enter' || e.kind === 'step')
  const entered = last?.slide === slide
  const step = entered && last.kind === 'step'
    ? last.click
    : 0
  return [
    ...(entered
      ? []
      : [
          { at, kind: 'enter', slide } as const,
        ]),
    ...(step === click
      ? []
      : [
          { at, kind: 'step', slide, click } as const,
        ]),
  ]
}

function isEvent(e: unknown): e is PaceEvent {
  if (!e || typeof e !== 'object')
    return false
  const { at, kind, slide, click } = e as Record<string, unknown>
  return typeof at === 'number' && (kind === 'pause' || kind === 'resume' || (kind === 'enter' && typeof slide === 'number') || (kind === 'step' && typeof slide === 'number' && typeof click === 'number'))
}

/** Why a run cannot be read against this deck, in one sentence; undefined when it can. */
export function rehearsalMismatch(run: Rehearsal, titles: string[]): string | undefined {
  if (run.slides !== titles.length)
    return `it was recorded on a deck of ${run.slides} slides and this one has ${titles.length}`
  if (run.deck !== deckFingerprint(titles))
    return 'it was recorded on a deck whose slide titles differ from this one'
  return undefined
}

/** A stored run, if it is one and belongs to this deck (its slide titles); otherwise undefined (start a new one). */
export function readRehearsal(text: string | null, titles: string[]): Rehearsal | undefined {
  if (!text)
    return undefined
  try {
    const value = JSON.parse(text) as Partial<Rehearsal>
    if (value.version !== 1 || typeof value.slides !== 'number' || typeof value.deck !== 'string' || typeof value.started !== 'number' || !Array.isArray(value.events) || !value.events.every(isEvent))
      return undefined
    return rehearsalMismatch(value as Rehearsal, titles)
      ? undefined
      : value as Rehearsal
  }
  catch {
    return undefined
  }
}

/** "rehearsal-2026-12-04T09-30.json": the run's start, safe as a file name. */
export function rehearsalFile(run: Rehearsal): string {
  return `rehearsal-${new Date(run.started).toISOString().slice(0, 16).replace(':', '-')}.json`
}

/** Earlier runs in this browser, newest last, for the presenter's report view; at most HISTORY_RUNS are kept. */
export const HISTORY_KEY = 'deck-rehearsal-history'
export const HISTORY_RUNS = 20

/** The stored earlier runs that belong to this deck; anything else (another version, damage) is left out. */
export function readHistory(text: string | null, titles: string[]): Rehearsal[] {
  try {
    const list = JSON.parse(text ?? '[]') as unknown
    return Array.isArray(list)
      ? list.map(run => readRehearsal(JSON.stringify(run), titles)).filter(run => run !== undefined)
      : []
  }
  catch {
    return []
  }
}

/** Runs shorter than this are not kept: a "New run" pressed twice is not a rehearsal. */
const SHORTEST_RUN_MS = 10_000

/** The history with `run` (ended at `at` unless saved earlier) added at the end once, the oldest dropped past HISTORY_RUNS. */
export function archiveRun(history: Rehearsal[], run: Rehearsal, at: number): Rehearsal[] {
  const ended = run.ended ?? at
  if (ended - run.started < SHORTEST_RUN_MS || history.some(r => r.started === run.started))
    return history
  return [
    ...history,
    { ...run, ended },
  ].slice(-HISTORY_RUNS)
}

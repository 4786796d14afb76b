import type { Certainty, ClaimDates } from './schema.ts'
import type { SourceId } from './sources.ts'
import { exportControlEvents } from './export-controls.ts'
import { ledger } from './ledger.ts'
import { releaseStrips } from './release-steps.ts'

/**
 * A claim in prose that a component draws (an evidence-ledger entry, a release strip's open slot), with the slide
 * source that shows it. With figures and events, these are the claims `npm run facts` lists and the build expires
 * (scripts/check/claims.ts); those that say what to `watch` are also drawn on the "What to watch next" slide.
 */
export interface Statement extends ClaimDates {
  id: string
  /** The claim as the checklist prints it, and as the watch list's page says what the talk says now. */
  text: string
  now: string
  certainty: Certainty
  source: SourceId
  /** The slide source that draws it: a component tag, with its attributes if they select it. */
  shownBy: RegExp
}

export const statements: Statement[] = [
  ...ledger.map(e => ({
    ...e,
    id: `ledger ${e.side} ${e.stage}`,
    text: `${e.stage}: ${e.page}`,
    now: `${e.stage}: ${e.page}`,
    shownBy: /<EvidenceLedger[\s/>]/,
  })),
  ...Object.entries(releaseStrips).flatMap(([strip, { slot }]) => slot
    ? [
        {
          ...slot,
          id: `strip ${strip} ${slot.models}`,
          text: `${slot.models} ${slot.page}`,
          now: slot.page,
          source: slot.sources[0],
          shownBy: new RegExp(`<ReleaseStrip[^>]*strip="${strip}"`),
        },
      ]
    : []),
]

/**
 * What to watch next (the slide before the close): every claim in data/ that says what to watch for (`watch`) as its
 * wording expires, soonest first. The same dates make `npm run facts` list it and the build fail once one passes.
 */
export interface WatchItem {
  /** The question, at most five words. */
  watch: string
  /** The ISO date the claim's wording stops being safe. */
  expires: string
  /** What the talk says now, as the page prints it. */
  now: string
  certainty: Certainty
  source: SourceId
}

export function watchList(): WatchItem[] {
  const items: WatchItem[] = [
    ...exportControlEvents.map(e => ({ ...e, now: `${e.when}: ${e.title}. ${e.detail}` })),
    ...statements,
  ].flatMap(c => c.watch && c.expires
    ? [
        {
          watch: c.watch,
          expires: c.expires,
          now: c.now,
          certainty: c.certainty,
          source: c.source,
        },
      ]
    : [])
  return items.sort((a, b) => a.expires.localeCompare(b.expires) || a.watch.localeCompare(b.watch))
}

import type { Certainty } from './schema.ts'
import type { SourceId } from './sources.ts'
import { exportControlEvents } from './export-controls.ts'
import { ledger } from './ledger.ts'
import { releaseStrips } from './release-steps.ts'

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
    ...ledger.map(e => ({ ...e, now: `${e.stage}: ${e.page}` })),
    ...Object.values(releaseStrips).flatMap(strip => strip.slot
      ? [
          { ...strip.slot, source: strip.slot.sources[0], now: strip.slot.page },
        ]
      : []),
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

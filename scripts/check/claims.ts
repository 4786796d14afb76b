import type { PolicyEvent } from '../../data/export-controls.ts'
import type { Certainty, ClaimDates, Figure } from '../../data/schema.ts'
import type { Statement } from '../../data/watch.ts'
import type { SlideInfo } from '../lib/deck-info.ts'
import type { Finding } from './finding.ts'
import { FACTS_CHECKED } from '../../data/as-of.ts'
import { exportControlEvents } from '../../data/export-controls.ts'
import { figures } from '../../data/figures.ts'
import { formatFigure } from '../../data/format.ts'
import { statements } from '../../data/watch.ts'
import { closingIndex } from '../lib/deck-info.ts'
import { slideReferences } from './slide-references.ts'

/** One statement of fact in data/, as the speaker's checklist and the expiry rules see it. */
export interface Claim {
  /** `figure r1ActiveParams` or `event 2025-09-29 Affiliates Rule, then a pause`. */
  id: string
  text: string
  certainty: Certainty
  source: string
  checked: string
  expires?: string
  /** What to watch for as it expires: the claim is also on the "What to watch next" slide (WatchNext). */
  watch?: string
  /** Slides that show it. */
  slides: number[]
}

/** Components that draw a list of events, by tag: a slide using the tag shows every event of the list. */
export const EVENT_COMPONENTS: Record<string, PolicyEvent[]> = {
  SwimlaneTimeline: exportControlEvents,
}

function dates(item: ClaimDates): Pick<Claim, 'checked' | 'expires' | 'watch'> {
  return { checked: item.checked ?? FACTS_CHECKED, expires: item.expires, watch: item.watch }
}

export interface ClaimData {
  figures: Record<string, Figure<string>>
  events: Record<string, PolicyEvent[]>
  statements?: Statement[]
}

const DECK_DATA: ClaimData = { figures, events: EVENT_COMPONENTS, statements }

/** Every figure and event of the deck, with the slides that show it. */
export function deckClaims(slides: SlideInfo[], data: ClaimData = DECK_DATA): Claim[] {
  const figureSlides = (id: string) => slides.filter(s => slideReferences(s.content).figures.includes(id)).map(s => s.no)
  const tagSlides = (tag: string) => slides.filter(s => new RegExp(`<${tag}[\\s/>]`).test(s.content)).map(s => s.no)
  const watchSlides = tagSlides('WatchNext')
  const claims: Claim[] = [
    ...Object.entries(data.figures).map(([id, f]) => ({
      id: `figure ${id}`,
      text: `${f.label}: ${formatFigure(f)}`,
      certainty: f.certainty,
      source: f.source,
      ...dates(f),
      slides: figureSlides(id),
    })),
    ...Object.entries(data.events).flatMap(([tag, events]) => events.map(e => ({
      id: `event ${e.date} ${e.title}`,
      text: `${e.when}: ${e.title}. ${e.detail}`,
      certainty: e.certainty,
      source: e.source,
      ...dates(e),
      slides: tagSlides(tag),
    }))),
    ...(data.statements ?? []).map(st => ({
      id: st.id,
      text: st.text,
      certainty: st.certainty,
      source: st.source,
      ...dates(st),
      slides: slides.filter(s => st.shownBy.test(s.content)).map(s => s.no),
    })),
  ]
  return claims.map(c => c.watch
    ? {
        ...c,
        slides: [
          ...new Set([
            ...c.slides,
            ...watchSlides,
          ]),
        ].sort((a, b) => a - b),
      }
    : c)
}

function where(c: Claim) {
  return c.slides.length
    ? `slide${c.slides.length > 1
      ? 's'
      : ''} ${c.slides.join(', ')}`
    : 'no slide'
}

/** Claims whose wording has expired by `asOf`: each fails the build and npm run check until it is rewritten. */
export function expiredClaims(claims: Claim[], asOf: string): Finding[] {
  return claims.filter(c => c.expires && asOf > c.expires).map(c => ({
    rule: 'claim-expired',
    slide: c.slides[0],
    id: c.id,
    detail: `"${c.text}" stopped being safe to say on ${c.expires}; the talk is as of ${asOf} (${where(c)})`,
    remedy: 'check what happened since, rewrite the item in data/ to say it (or that it is not confirmed, as of when), and give it a new expires and checked date',
  }))
}

/** The as-of date cannot be later than the last check of any claim on a live slide. */
export function uncheckedClaims(claims: Claim[], slides: SlideInfo[], asOf: string): Finding[] {
  const lastLive = closingIndex(slides) + 1
  return claims.filter(c => c.slides.some(n => n <= lastLive) && c.checked < asOf).map(c => ({
    rule: 'as-of-after-check',
    slide: c.slides[0],
    id: c.id,
    detail: `the talk says it is current to ${asOf}, but this claim was last checked on ${c.checked}`,
    remedy: `check it against its source and set checked: '${asOf}' (or move AS_OF in data/as-of.ts back)`,
  }))
}

/** Days from `a` to `b`, both ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000)
}

/** Claims due on `on` or within `days` after it (and those already past), soonest first: the checklist before a talk. */
export function dueClaims(claims: Claim[], on: string, days = 30): Claim[] {
  return claims
    .filter(c => c.expires && daysBetween(on, c.expires) <= days)
    .sort((a, b) => a.expires!.localeCompare(b.expires!))
}

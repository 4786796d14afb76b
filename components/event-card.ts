import type { PolicyEvent } from '../data/export-controls.ts'
import type { SourceId } from '../data/sources.ts'
import { certaintyQualifier } from '../data/certainty.ts'
import { actorLabels, actorTags } from '../styles/tokens.ts'

export interface EventCard {
  key: string
  when: string
  datetime: string
  /** Who acted, as a visible word (colour is never the only channel). */
  tag: string
  /** The actor in full, for screen readers. */
  actorLabel: string
  title: string
  detail: string
  /** '' | 'reported' | 'alleged' */
  qualifier: string
  sources: SourceId[]
  actor: PolicyEvent['actor']
}

/** What a timeline card shows for an event: pure, so the qualifier rule is testable without a DOM. */
export function eventCard(event: PolicyEvent, index: number): EventCard {
  return {
    key: `${event.date}-${index}`,
    when: event.when,
    datetime: event.date,
    tag: actorTags[event.actor],
    actorLabel: actorLabels[event.actor],
    title: event.title,
    detail: event.detail,
    qualifier: certaintyQualifier(event.certainty),
    sources: [
      event.source,
      ...event.also ?? [],
    ],
    actor: event.actor,
  }
}

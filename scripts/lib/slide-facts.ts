/**
 * The facts a slide shows, as sentences for the page (transcript and reader): each figure with its value, its
 * qualifier when it is reported or alleged, its caveat and its citation number; each timeline event likewise.
 * Read from the slide's Markdown the same way the slide renders it, so stage and page cannot drift.
 */
import type { PolicyEvent } from '../../data/export-controls.ts'
import type { Figure } from '../../data/schema.ts'
import { certaintyQualifier } from '../../data/certainty.ts'
import { citationNumber } from '../../data/citations.ts'
import { exportControlEvents } from '../../data/export-controls.ts'
import { figures as deckFigures } from '../../data/figures.ts'
import { formatFigure } from '../../data/format.ts'
import { actorTags } from '../../styles/tokens.ts'

export interface FactSources {
  figures: Record<string, Figure<string>>
  events: PolicyEvent[]
  cite: (source: string) => number
}

const DECK: FactSources = {
  figures: deckFigures,
  events: exportControlEvents,
  cite: id => citationNumber(id as Parameters<typeof citationNumber>[0]),
}

/** Figure ids a slide names: `figure="id"` on components and `{fig:id …}` in diagrams, in order, once each. */
export function slideFigureIds(content: string): string[] {
  const ids = [
    ...[
      ...content.matchAll(/\bfigure="([\w-]+)"/g),
    ].map(m => m[1]),
    ...[
      ...content.matchAll(/\{fig:([\w-]+)(?: [^}]*)?\}/g),
    ].map(m => m[1]),
  ]
  return [
    ...new Set(ids),
  ]
}

function qualified(text: string, certainty: Figure<string>['certainty']): string {
  const word = certaintyQualifier(certainty)
  return word
    ? `${text} (${word})`
    : text
}

function markers(numbers: number[]): string {
  return numbers.map(n => `[${n}]`).join('')
}

export function slideFacts(content: string, from: FactSources = DECK): string[] {
  const facts: string[] = []
  for (const id of slideFigureIds(content)) {
    const figure = from.figures[id]
    if (!figure)
      continue
    const caveat = figure.caveat
      ? ` ${figure.caveat}`
      : ''
    facts.push(`${figure.label}: ${qualified(formatFigure(figure), figure.certainty)} ${markers([
      from.cite(figure.source),
    ])}.${caveat}`)
  }
  const periods = [
    ...content.matchAll(/<ExportTimeline\s[^>]*period="(\w+)"/g),
  ].map(m => m[1])
  for (const event of from.events.filter(e => periods.includes(e.period))) {
    const who = actorTags[event.actor]
    facts.push(`${event.when}, ${who}: ${event.title}. ${qualified(event.detail.replace(/\.$/, ''), event.certainty)}. ${markers([
      event.source,
      ...event.also ?? [],
    ].map(from.cite))}`)
  }
  return facts
}

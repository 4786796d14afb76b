/**
 * The facts a slide shows, as sentences for the page (transcript and reader): each figure with its value, its
 * qualifier when it is reported or alleged, its caveat and its citation number; each timeline event likewise.
 * Read from the slide's Markdown the same way the slide renders it, so stage and page cannot drift.
 */
import type { PageFact } from '../../components/act3-page.ts'
import type { Figure } from '../../data/schema.ts'
import { COMPONENT_FACTS } from '../../components/act3-page.ts'
import { certaintyQualifier } from '../../data/certainty.ts'
import { citationNumber } from '../../data/citations.ts'
import { figures as deckFigures } from '../../data/figures.ts'
import { formatFigure } from '../../data/format.ts'

export interface FactSources {
  figures: Record<string, Figure<string>>
  /** Facts of the data components (threshold chart, swimlane, pipe), by tag. */
  components: Record<string, () => PageFact[]>
  cite: (source: string) => number
}

const DECK: FactSources = {
  figures: deckFigures,
  components: COMPONENT_FACTS,
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
  for (const [tag, list] of Object.entries(from.components)) {
    if (!new RegExp(`<${tag}[\\s/>]`).test(content))
      continue
    for (const fact of list())
      facts.push(`${qualified(fact.text, fact.certainty)}. ${markers(fact.sources.map(from.cite))}`)
  }
  return facts
}

import type { SourceId } from './sources.ts'
import { sources } from './sources.ts'

export interface NumberedSource {
  id: SourceId
  number: number
  title: string
  publisher: string
  date: string
  url: string
}

/** Sources numbered in registry order: the number a citation marker shows is its line on the Sources slide. */
export const numberedSources: NumberedSource[] = (Object.keys(sources) as SourceId[])
  .map((id, index) => ({ id, number: index + 1, ...sources[id] }))

export function citationNumber(id: SourceId): number {
  const entry = numberedSources.find(source => source.id === id)
  if (!entry)
    throw new Error(`Unknown source id "${id}"`)
  return entry.number
}

/** Anchor id of a source's entry on the Sources slide. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`
}

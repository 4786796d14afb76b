/**
 * Types for the deck's facts. A figure names its source by id; the id type is the set of keys of the sources
 * registry, so a figure citing an unknown source does not compile.
 */
import type { ActId } from './acts.ts'

export type Confidence = 'high' | 'med'

export interface Source {
  title: string
  publisher: string
  /** A short publisher name for slide footers, when `publisher` is long. */
  short?: string
  /** ISO date: YYYY-MM-DD, or YYYY-MM where only the month is known. */
  date: string
  url: string
  confidence: Confidence
  /** The act whose slides first rely on it: the Sources slide groups by this. */
  act: ActId
}

export type Unit = '%' | 'USD' | 'CNY' | 'GPU-hours' | 'params' | 'tokens' | 'GPUs' | 'bytes' | 'x' | 'count' | 'rank' | 'year'

export interface Figure<SourceId extends string> {
  /** What the number is, in a few words, as a slide would label it. */
  label: string
  value: number
  unit: Unit
  source: SourceId
  /** A caveat the source demands; shown on the slide next to the figure. */
  caveat?: string
  /** True when the deck computed it from sourced inputs rather than reading it in the source. */
  derived?: boolean
}

export function defineSources<const T extends Record<string, Source>>(sources: T): T {
  return sources
}

/** `defineFigures<SourceId>()({...})`: the id type comes first so every entry is checked against it. */
export function defineFigures<SourceId extends string>() {
  return <const T extends Record<string, Figure<SourceId>>>(figures: T): T => figures
}

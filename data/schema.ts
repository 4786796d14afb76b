/**
 * Types for the deck's facts. A figure names its source by id; the id type is the set of keys of the sources
 * registry, so a figure citing an unknown source does not compile.
 */
import type { ActId } from './acts.ts'

export type Confidence = 'high' | 'med'

/**
 * How sure the deck is of a figure or event, and so what the audience is told: `primary` comes from a primary
 * record (a paper, a filing, a rule, a model card, a public price or chart) and needs no qualifier; `reported`
 * rests on reputable press and its unnamed sources and says "reported"; `alleged` is an accusation someone made
 * and has not proven, and says "alleged"; `claimed` is a party's own unverified claim about itself (a company or a
 * government announcing its own result), and says "claimed".
 */
export type Certainty = 'primary' | 'reported' | 'alleged' | 'claimed'

/**
 * When a claim was last checked, and when its wording stops being safe. A suspension that ends, a deadline, "not yet
 * shipped", "no R2 yet": past `expires`, the build and `npm run check` fail, naming the item and its slide, until the
 * item is rewritten (and given a new date). `npm run facts` lists them for the speaker, oldest check first.
 */
export interface ClaimDates {
  /** ISO date after which the statement may be false as written. */
  expires?: string
  /** ISO date it was last checked against its source; without one, FACTS_CHECKED (data/as-of.ts). */
  checked?: string
  /**
   * With `expires`: what to watch for as the date comes, as a question of at most five words ("Affiliates Rule
   * back?"). The talk's "What to watch next" slide draws every claim that has one, on a time axis by `expires`.
   */
  watch?: string
}

export interface Source {
  title: string
  publisher: string
  /** A short publisher name for slide footers, when `publisher` is long. */
  short?: string
  /** Publication date, ISO: YYYY-MM-DD, or YYYY-MM where only the month is known. */
  date: string
  /** For executive orders: the signing date, which precedes publication. */
  signed?: string
  url: string
  confidence: Confidence
  /** The act whose slides first rely on it: the Sources slide groups by this. */
  act: ActId
}

export type Unit = '%' | 'USD' | 'CNY' | 'GPU-hours' | 'params' | 'tokens' | 'GPUs' | 'bytes' | 'x' | 'count' | 'rank' | 'year'

export interface Figure<SourceId extends string> extends ClaimDates {
  /** What the number is, as the page (handout, transcript, reader) labels it. */
  label: string
  /** The stage's label when `label` is longer than five words: at most five words (tests/unit/data.test.ts). */
  stage?: string
  value: number
  unit: Unit
  source: SourceId
  /** Primary, reported, alleged or claimed: the slide, handout and transcript say which when it is not primary. */
  certainty: Certainty
  /** A caveat the source demands; the page shows it next to the figure, the speaker says it on the stage. */
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

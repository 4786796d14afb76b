import type { ActId } from '../data/acts.ts'
import type { SourceId } from '../data/sources.ts'
import { acts, isActId } from '../data/acts.ts'
import { sources } from '../data/sources.ts'

type Frontmatter = Record<string, unknown> | undefined

/** Layouts that stand alone: no footer on them. */
export const LAYOUTS_WITHOUT_FOOTER = new Set([
  'cover',
  'act',
  'end',
  'intro',
  'section',
])

export function hasFooter(frontmatter: Frontmatter): boolean {
  return !LAYOUTS_WITHOUT_FOOTER.has(String(frontmatter?.layout ?? 'default')) && frontmatter?.footer !== false
}

/**
 * The act a slide belongs to: the `act` of the nearest divider at or before it. `frontmatters[i]` is slide i + 1.
 * Slides before the first divider belong to the cold open.
 */
export function actOfSlide(frontmatters: Frontmatter[], no: number): ActId {
  for (let i = Math.min(no, frontmatters.length) - 1; i >= 0; i--) {
    const act = frontmatters[i]?.act
    if (isActId(act))
      return act
  }
  return 'cold-open'
}

/** The heading of a slide's act, as bookmarks, handouts and the transcript show it: "Act 2: From hedge fund to AI lab". */
export function actHeading(frontmatters: Frontmatter[], no: number): string {
  const act = acts[actOfSlide(frontmatters, no)]
  return act.number
    ? `Act ${act.number}: ${act.title}`
    : act.title
}

/** The slide's declared sources (`sources:` in frontmatter); an unknown id is an error naming the slide. */
export function slideSources(frontmatter: Frontmatter, no: number): SourceId[] {
  const declared = frontmatter?.sources
  if (declared === undefined)
    return []
  if (!Array.isArray(declared))
    throw new TypeError(`Slide ${no}: "sources" must be a list of source ids`)
  for (const id of declared) {
    if (typeof id !== 'string' || !(id in sources))
      throw new TypeError(`Slide ${no}: unknown source id "${String(id)}" in frontmatter; add it to its act's file in data/sources/ or fix the id`)
  }
  return declared as SourceId[]
}

export interface FooterMarker {
  publisher: string
  numbers: number[]
}

/** Sources grouped by publisher, in first-cited order: "[11, 12] U.S. Bureau of Industry and Security". */
export function footerMarkers(ids: SourceId[], numberOf: (id: SourceId) => number): FooterMarker[] {
  const groups = new Map<string, number[]>()
  for (const id of ids) {
    const source: { publisher: string, short?: string } = sources[id]
    const publisher = source.short ?? source.publisher
    const numbers = groups.get(publisher) ?? []
    if (!numbers.includes(numberOf(id)))
      numbers.push(numberOf(id))
    groups.set(publisher, numbers)
  }
  return [...groups].map(([publisher, numbers]) => ({
    publisher,
    numbers: numbers.sort((a, b) => a - b),
  }))
}

/** "13–16, 18, 20–21": consecutive numbers as ranges. */
export function numberRanges(numbers: number[]): string {
  const sorted = [
    ...new Set(numbers),
  ].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
      j++
    parts.push(j > i
      ? `${sorted[i]}–${sorted[j]}`
      : String(sorted[i]))
    i = j
  }
  return parts.join(', ')
}

/** What fits on one footer line; beyond it the footer lists numbers only (the cards and Sources pages name them). */
export const FOOTER_MAX_CHARS = 95

/**
 * The footer's source labels: "[n] Publisher" per publisher when they fit on the line, else one label with the
 * numbers as ranges, "[13–23] on the Sources pages", so a slide with many sources never cuts its footer off.
 */
export function footerLabels(markers: FooterMarker[], max = FOOTER_MAX_CHARS): string[] {
  const labels = markers.map(m => `[${m.numbers.join(', ')}] ${m.publisher}`)
  if (labels.join(' · ').length <= max)
    return labels
  return [`[${numberRanges(markers.flatMap(m => m.numbers))}] on the Sources pages`]
}

/** The longest stage source line before it falls back to "A, B and N more". */
export const STAGE_SOURCE_MAX_CHARS = 70

/**
 * The stage's one short source line: publishers only, no numbers ("Source: Bloomberg"; "Sources: DeepSeek · Meta").
 * When they do not fit, the first two and a count, pointing at the list after the end; the page shows the markers.
 */
export function stageSourceLine(markers: FooterMarker[], max = STAGE_SOURCE_MAX_CHARS): string {
  const names = markers.map(m => m.publisher)
  if (!names.length)
    return ''
  const full = `${names.length === 1
    ? 'Source'
    : 'Sources'}: ${names.join(' · ')}`
  if (full.length <= max)
    return full
  return `Sources: ${names.slice(0, 2).join(' · ')} and ${names.length - 2} more, listed after the end`
}

/**
 * The slide counter: live slides count to the closing slide ("26 / 28"), so the room is never told there are more
 * slides to come than the talk has; slides after the end are the appendix ("Appendix 3"). Without a closing slide,
 * every slide counts. `frontmatters[i]` is slide i + 1.
 */
export function slideCounter(frontmatters: Frontmatter[], no: number): string {
  const end = frontmatters.findIndex(f => f?.layout === 'end')
  if (end < 0)
    return `${no} / ${frontmatters.length}`
  return no <= end + 1
    ? `${no} / ${end + 1}`
    : `Appendix ${no - end - 1}`
}

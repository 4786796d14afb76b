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
      throw new TypeError(`Slide ${no}: unknown source id "${String(id)}" in frontmatter; add it to data/sources.ts or fix the id`)
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

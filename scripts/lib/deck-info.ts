import { join } from 'node:path'
import { load } from '@slidev/parser/fs'

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..')

export interface SlideInfo {
  /** 1-based slide number as routed (/N). */
  no: number
  title: string
  /** Speaker notes as written (markdown), '' if none. */
  note: string
  /** The slide's Markdown body, without frontmatter and notes. */
  content: string
  frontmatter: Record<string, unknown>
}

/** The deck's slides as Slidev parses them (imports resolved, hidden slides excluded). */
export async function readSlides(entry = join(PROJECT_ROOT, 'slides.md')): Promise<SlideInfo[]> {
  const root = join(entry, '..')
  const data = await load({
    userRoot: root,
    roots: [root],
    allowedRoots: [root],
  } as never, entry)
  return data.slides
    .filter(slide => !slide.frontmatter?.disabled && !slide.frontmatter?.hide)
    .map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? '',
      note: slide.note ?? '',
      content: slide.content ?? '',
      frontmatter: slide.frontmatter ?? {},
    }))
}

/** routeAlias → slide number, as Slidev routes them. */
export function routeAliases(slides: SlideInfo[]): Record<string, number> {
  return Object.fromEntries(slides.filter(s => typeof s.frontmatter.routeAlias === 'string').map(s => [s.frontmatter.routeAlias as string, s.no]))
}

export async function countSlides(entry?: string): Promise<number> {
  return (await readSlides(entry)).length
}

/** The headmatter's `duration` (e.g. "25min", "1h 5min", "90s") in seconds. */
export function parseDuration(value: unknown): number {
  const text = String(value ?? '').trim()
  const parts = [
    ...text.matchAll(/(\d+(?:\.\d+)?)\s*(h|min|[ms])\b/g),
  ]
  if (!parts.length || parts.map(p => p[0]).join('').replace(/\s/g, '') !== text.replace(/\s/g, ''))
    throw new Error(`Cannot read duration "${text}"; write it like 25min`)
  const factor: Record<string, number> = { h: 3600, min: 60, m: 60, s: 1 }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * factor[unit], 0)
}

/** The per-slide time budget a note opens with: "Time 45 s." */
export function noteBudgetSeconds(note: string): number | undefined {
  const match = note.trim().match(/^Time (\d+) s\./)
  return match
    ? Number(match[1])
    : undefined
}

/** Notes as spoken prose: click markers and the time budget removed, whitespace folded. */
export function spokenNote(note: string): string {
  return note.replace(/^\s*Time \d+ s\.\s*/, '').replace(/\[click(?::\d+)?\]/g, '').replace(/\s+/g, ' ').trim()
}

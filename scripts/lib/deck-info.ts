import { join } from 'node:path'
import { load } from '@slidev/parser/fs'
import { fillNoteFigures } from './note-figures.ts'

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

/**
 * The notes policy (README, "Speaker notes"): a note is the talk as prose, published in the handout, the transcript
 * and the reader; stage directions for the speaker alone go in square brackets, and never reach a public artefact.
 * Slidev's `[click]` and `[click:N]` are such cues; the others are `[time N s]` (the slide's time budget, first) and
 * `[cue: …]` (pause, next, gestures).
 */
export const CUE = /\[(?:click(?::\d+)?|time \d+ s|cue: [^\]\n]*)\]/g

/** Anything in square brackets that is not one of the cues above: a typo that would leak or confuse. */
export function unknownCues(note: string): string[] {
  return [
    ...note.replace(CUE, '').matchAll(/\[[^\]\n]*\]?/g),
  ].map(m => m[0])
}

/** The per-slide time budget a note opens with: "[time 45 s]". */
export function noteBudgetSeconds(note: string): number | undefined {
  const match = note.trim().match(/^\[time (\d+) s\]/)
  return match
    ? Number(match[1])
    : undefined
}

/** Notes as public prose: figures cited as `{fig:id}` written out (note-figures.ts), every cue removed, whitespace folded. */
export function spokenNote(note: string): string {
  return fillNoteFigures(note).replace(CUE, ' ').replace(/\s+([.,;:!?])/g, '$1').replace(/\s+/g, ' ').trim()
}

/** The cues of a note, as the speaker wrote them (for the leak test). */
export function noteCues(note: string): string[] {
  return [
    ...note.matchAll(CUE),
  ].map(m => m[0])
}

/**
 * Index of the closing slide (`layout: end`), or -1: slides up to it are the live run, the pages after it
 * (Sources, data, the calculator) are read, not presented.
 */
export function closingIndex(slides: Array<Pick<SlideInfo, 'frontmatter'>>): number {
  return slides.findIndex(s => s.frontmatter.layout === 'end')
}

/** Whether slide `i` (0-based) comes after the closing slide. */
export function isAfterEnd(slides: Array<Pick<SlideInfo, 'frontmatter'>>, i: number): boolean {
  const end = closingIndex(slides)
  return end >= 0 && i > end
}

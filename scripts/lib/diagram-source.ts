import { createHash } from 'node:crypto'

/**
 * Pure helpers for turning a ```mermaid block of the talk into the text mermaid draws at build time.
 * Figures in a diagram come from data/figures.ts: a label writes `{fig:fireFlyer2Gpus}` and gets the formatted
 * value and its citation marker, so a diagram can never disagree with the fact sheet.
 */

export interface DiagramFence {
  /** Options after the language, as Slidev would pass them to its own <Mermaid> (`{scale: 0.8}`). */
  options?: string
}

const MERMAID_INFO = /^mermaid(?:\s+(\S.*))?$/

/** The fence's info string, when it opens a mermaid block; undefined for any other code block. */
export function parseMermaidFence(info: string): DiagramFence | undefined {
  const match = info.trim().match(MERMAID_INFO)
  if (!match)
    return undefined
  return match[1]
    ? {
        options: match[1].trim(),
      }
    : {}
}

export interface FigureText {
  value: string
  citation: number
  /** 'reported' or 'alleged' when the figure is not from a primary record; shown in brackets. */
  qualifier?: string
}

const FIGURE_PLACEHOLDER = /\{fig:([\w-]+)(?: ([^{}]+))?\}/g

/**
 * Replaces each `{fig:id}` with "value [n]", and `{fig:id words}` with "value words [n]", so the citation marker
 * can follow a unit; a reported or alleged figure says so before its marker: "1,100 GPUs (reported) [6]". The
 * renderer sets the marker as a `<sup>`, which the page shows and the stage hides (styles/deck.css).
 * Throws naming the id when it is not a known figure.
 */
export function fillFigures(code: string, lookup: (id: string) => FigureText | undefined): string {
  return code.replace(FIGURE_PLACEHOLDER, (_, id: string, words: string | undefined) => {
    const figure = lookup(id)
    if (!figure)
      throw new Error(`the diagram names the figure "{fig:${id}}", which is not in data/figures.ts`)
    const qualifier = figure.qualifier
      ? `(${figure.qualifier})`
      : ''
    return [
      figure.value,
      words,
      qualifier,
      `[${figure.citation}]`,
    ].filter(Boolean).join(' ')
  })
}

/** The accessible title the diagram declares (`accTitle: …`), used to check the drawn SVG. */
export function accTitleOf(code: string): string | undefined {
  return code.match(/^\s*accTitle\s*:(.+)$/m)?.[1].trim()
}

/** The accessible description the diagram declares (`accDescr: …`, one line). */
export function accDescrOf(code: string): string | undefined {
  return code.match(/^\s*accDescr\s*:(.+)$/m)?.[1].trim()
}

/** Text safe inside a double-quoted HTML attribute that Vue's template compiler decodes back to the original. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '&#10;')
}

/** A stable, short DOM id for a diagram: the same text always gets the same id, so builds are reproducible. */
export function diagramDomId(code: string): string {
  return `diagram-${createHash('sha256').update(code).digest('hex').slice(0, 10)}`
}

/** Cache key for a drawn diagram: everything that changes the SVG (text, config, mermaid and font versions). */
export function diagramCacheKey(parts: Record<string, string>): string {
  const canonical = JSON.stringify(Object.keys(parts).sort().map(k => [k, parts[k]]))
  return createHash('sha256').update(canonical).digest('hex').slice(0, 24)
}

/** Every ```mermaid block of a slide's Markdown, in order. */
export function mermaidBlocks(markdown: string): string[] {
  return [
    ...markdown.matchAll(/^```mermaid[^\n]*\n([\s\S]*?)^```/gm),
  ].map(m => m[1])
}

/**
 * The lines of text a reader sees in a flowchart: node labels (`A["…"]`) and edge labels (`-- "…" -->`,
 * `-- text -->`), one entry per `<br/>`-separated line. Subgraph titles that are blank are left out.
 */
export function diagramLabels(code: string): string[] {
  const labels = [
    ...[
      ...code.matchAll(/\w\["([^"]*)"\]/g),
    ].map(m => m[1]),
    ...[
      ...code.matchAll(/--\s+"([^"]+)"\s+-+>/g),
    ].map(m => m[1]),
    ...[
      ...code.matchAll(/--\s+(\w[^"\n>-]*\w) +-+>/g),
    ].map(m => m[1]),
  ]
  return labels
    .flatMap(label => label.split(/<br\s*\/?>/))
    .map(line => line.replace(/\s+/g, ' ').trim())
    .filter(line => line.length > 0)
}

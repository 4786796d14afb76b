import { createHash } from 'node:crypto'

/**
 * Pure helpers for turning a ```mermaid block of the talk into the text mermaid draws at build time.
 * Figures in a diagram come from data/figures.ts: a label writes `{fig:fireFlyer2Gpus}` and gets the formatted
 * value (its citation goes under the diagram), so a diagram can never disagree with the fact sheet.
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
 * Replaces each `{fig:id}` with its value, and `{fig:id words}` with "value words"; a reported or alleged figure
 * says so: "1,100 GPUs (reported)". No citation marker goes into the label: a marker inside a node would widen its
 * box and print over its text on the page. `diagramCitations` lists them for the caption under the diagram.
 * Throws naming the id when it is not a known figure.
 */
export function fillFigures(code: string, lookup: (id: string) => FigureText | undefined): string {
  return code.replace(FIGURE_PLACEHOLDER, (_, id: string, words: string | undefined) => {
    const figure = figureOf(id, lookup)
    const qualifier = figure.qualifier
      ? `(${figure.qualifier})`
      : ''
    return [
      figure.value,
      words,
      qualifier,
    ].filter(Boolean).join(' ')
  })
}

/** A figure a diagram shows, as its caption on the page cites it: "10,000 GPUs" and its citation number. */
export interface DiagramCitation {
  text: string
  citation: number
}

/** The figures a diagram names, in order of first use, each once: the page prints them under the diagram. */
export function diagramCitations(code: string, lookup: (id: string) => FigureText | undefined): DiagramCitation[] {
  const seen = new Map<string, DiagramCitation>()
  for (const [, id, words] of code.matchAll(FIGURE_PLACEHOLDER)) {
    const figure = figureOf(id, lookup)
    const text = [
      figure.value,
      words,
    ].filter(Boolean).join(' ')
    if (!seen.has(text))
      seen.set(text, { text, citation: figure.citation })
  }
  return [
    ...seen.values(),
  ]
}

function figureOf(id: string, lookup: (id: string) => FigureText | undefined): FigureText {
  const figure = lookup(id)
  if (!figure)
    throw new Error(`the diagram names the figure "{fig:${id}}", which is not in data/figures.ts`)
  return figure
}

/** An edge id that names its round: `W r2a@-- "…" --> N` is round 2, drawn from click 1 (round 1 from the start). */
export const EDGE_ROUND = /^r(\d+)[a-z]*$/

const ROUND_TEXT = /\{round (\d+): ([^{}]+)\}/g

/**
 * A diagram told in rounds names, inside a label, the text that appears in a later round: `{round 2: Oct 2023
 * rule}` becomes a span marked `data-round="2"`, which DiagramSvg hides until click 1. The label is sized for all
 * of its rounds, so nothing moves as the story goes round.
 */
export function fillRounds(code: string): string {
  return code.replace(ROUND_TEXT, (_, round: string, text: string) => `<span data-round='${round}'>${text.trim()}</span>`)
}

/** How many rounds a diagram is told in: the highest round its edge ids or `{round N: …}` texts name, else 1. */
export function diagramRounds(code: string): number {
  const rounds = [
    ...[
      ...code.matchAll(/\b(\w+)@/g),
    ].map(m => EDGE_ROUND.exec(m[1])?.[1]),
    ...[
      ...code.matchAll(ROUND_TEXT),
    ].map(m => m[1]),
    ...[
      ...code.matchAll(/data-round='(\d+)'/g),
    ].map(m => m[1]),
  ].filter(Boolean).map(Number)
  return Math.max(1, ...rounds)
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
 * `-- text -->`, dotted `-. "…" .->`), one entry per `<br/>`-separated line. Subgraph titles that are blank are left out.
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
    ...[
      ...code.matchAll(/-\.\s+"([^"]+)"\s+\.-+>/g),
    ].map(m => m[1]),
  ]
  return labels
    .flatMap(label => fillRounds(label).split(/<br\s*\/?>/))
    .map(line => line.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim())
    .filter(line => line.length > 0)
}

import type { MermaidConfig } from 'mermaid'
import { defineMermaidSetup } from '@slidev/types'
import { fonts, typeScale } from '../styles/tokens.ts'

const actors = [
  'deepseek',
  'usgov',
  'beijing',
  'industry',
  'markets',
  'ink',
] as const

/**
 * Mermaid in the deck's palette and font. Colours are CSS custom properties from styles/tokens.ts (they inherit
 * into the diagram's shadow root), so one diagram is right in light and dark mode, even though Slidev switches
 * mermaid to its `dark` theme in dark mode. Diagrams mark nodes by actor with `:::deepseek`, `:::usgov`, …, and a
 * line in time (a rule's date) with `class X boundary`: a dashed outline.
 */
export function deckMermaidCss(): string {
  const byActor = actors.map(actor => `
    .node.${actor} rect, .node.${actor} polygon, .node.${actor} path { fill: var(--deck-${actor}-fill) !important; stroke: var(--deck-${actor}) !important; stroke-width: 2px !important; }`).join('')
  return `
    .nodeLabel, .nodeLabel p, .edgeLabel p, .cluster-label p { line-height: 1.25 !important; }
    .node rect, .node polygon, .node path { fill: var(--deck-surface) !important; stroke: var(--deck-rule) !important; }
    .nodeLabel, .nodeLabel p, .label, .label text, span.nodeLabel { color: var(--deck-text) !important; fill: var(--deck-text) !important; }
    .label span[lang], .nodeLabel span[lang], .edgeLabel span[lang], .label span[data-round] { color: inherit !important; fill: inherit !important; }
    .edgeLabel, .edgeLabel p, .edgeLabel span, .labelBkg { color: var(--deck-text) !important; background-color: var(--deck-bg) !important; fill: var(--deck-text) !important; }
    .edgeLabel rect { fill: var(--deck-bg) !important; }
    .flowchart-link, .edgePath path { stroke: var(--deck-muted) !important; stroke-width: 2px !important; }
    marker path, .marker { fill: var(--deck-muted) !important; stroke: var(--deck-muted) !important; }
    .cluster rect { fill: transparent !important; stroke: var(--deck-rule) !important; stroke-dasharray: 6 4; }
    .cluster-label, .cluster-label span, .cluster text { color: var(--deck-muted) !important; fill: var(--deck-muted) !important; }
    ${byActor}
    .node.boundary rect, .node.boundary polygon, .node.boundary path { stroke-dasharray: 8 6 !important; }
    .flowchart-link.edge-pattern-dotted { stroke-dasharray: 6 6 !important; }
  `
}

/** One mermaid configuration for the build-time renderer (scripts/lib/diagrams.ts) and Slidev's runtime fallback. */
export function deckMermaidConfig(): MermaidConfig {
  return {
    theme: 'base',
    fontFamily: fonts.sans,
    themeVariables: {
      fontFamily: fonts.sans,
      fontSize: `${typeScale.body}px`,
    },
    themeCSS: deckMermaidCss(),
    layout: 'dagre',
    look: 'classic',
    flowchart: {
      wrappingWidth: 320,
      padding: 8,
      rankSpacing: 16,
      nodeSpacing: 30,
    },
  }
}

export default defineMermaidSetup(deckMermaidConfig)

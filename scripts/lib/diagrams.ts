import type { DiagramCitation, FigureText } from './diagram-source.ts'
import type { DrawnDiagram, MermaidRenderer } from './mermaid-render.ts'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { certaintyQualifier } from '../../data/certainty.ts'
import { citationNumber } from '../../data/citations.ts'
import { figures } from '../../data/figures.ts'
import { formatFigure } from '../../data/format.ts'
import { deckMermaidConfig } from '../../setup/mermaid.ts'
import { writeFileAtomically } from './atomic.ts'
import { diagramCacheKey, diagramCitations, diagramDomId, diagramRounds, fillFigures, fillRounds } from './diagram-source.ts'
import { openMermaidRenderer } from './mermaid-render.ts'

export const DIAGRAM_CACHE_DIR = 'node_modules/.cache/deck-diagrams'

export interface DeckDiagram extends DrawnDiagram {
  domId: string
  /** The mermaid text as drawn, figures filled in. */
  code: string
  /** The figures it shows, for the caption the page prints under it. */
  citations: DiagramCitation[]
  /** Rounds its edges are told in (click steps + 1); 1 for a diagram shown whole. */
  rounds: number
}

export function figureText(id: string): FigureText | undefined {
  const figure = (figures as Record<string, (typeof figures)[keyof typeof figures]>)[id]
  return figure && {
    value: formatFigure(figure),
    citation: citationNumber(figure.source),
    qualifier: certaintyQualifier(figure.certainty) || undefined,
  }
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url)
  return (require(`${name}/package.json`) as { version: string }).version
}

/** Bump when the drawing code changes in a way the other key parts do not capture. */
const RENDERER_VERSION = '5'

let renderer: Promise<MermaidRenderer> | undefined
let idleTimer: ReturnType<typeof setTimeout> | undefined

/** One browser for all diagrams of a build, closed once it has been idle for `keepAliveMs`. */
async function drawWithSharedRenderer(code: string, domId: string, keepAliveMs: number): Promise<DrawnDiagram> {
  clearTimeout(idleTimer)
  renderer ??= openMermaidRenderer(deckMermaidConfig())
  const current = renderer
  try {
    return await (await current).draw(code, domId)
  }
  catch (error) {
    // A browser that failed to start is not kept: the next diagram tries again.
    if (!(await current.then(() => true, () => false)))
      renderer = undefined
    throw error
  }
  finally {
    idleTimer = setTimeout(() => {
      if (renderer === current) {
        renderer = undefined
        void current.then(r => r.close(), () => undefined)
      }
    }, keepAliveMs)
  }
}

/**
 * The SVG of a diagram, drawn in Chromium with the deck's fonts, or read from the cache under node_modules when
 * the same text was drawn before with the same mermaid, config and fonts. Cache files are written atomically.
 */
export async function drawDeckDiagram(source: string, { root, keepAliveMs }: { root: string, keepAliveMs: number }): Promise<DeckDiagram> {
  const code = fillRounds(fillFigures(source.trim(), figureText))
  const domId = diagramDomId(code)
  const about = {
    domId,
    code,
    citations: diagramCitations(source, figureText),
    rounds: diagramRounds(code),
  }
  const key = diagramCacheKey({
    code,
    config: JSON.stringify(deckMermaidConfig()),
    mermaid: packageVersion('mermaid'),
    inter: packageVersion('@fontsource/inter'),
    cjk: packageVersion('@expo-google-fonts/noto-sans-sc'),
    renderer: RENDERER_VERSION,
  })
  const cacheFile = join(root, DIAGRAM_CACHE_DIR, `${key}.json`)
  const cached = await readFile(cacheFile, 'utf8').then(text => JSON.parse(text) as DrawnDiagram, () => undefined)
  if (cached) {
    return {
      ...cached,
      ...about,
    }
  }
  const drawn = await drawWithSharedRenderer(code, domId, keepAliveMs)
  await writeFileAtomically(cacheFile, JSON.stringify(drawn))
  return {
    ...drawn,
    ...about,
  }
}

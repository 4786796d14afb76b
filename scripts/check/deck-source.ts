import type { SlideInfo } from '../lib/deck-info.ts'
import type { StageRenderer } from './render-server.ts'
import type { DeckSource } from './rules.ts'
import type { StageText } from './stage-render.ts'
import { AS_OF } from '../../data/as-of.ts'
import { figures } from '../../data/figures.ts'
import { quotes } from '../../data/quotes.ts'
import { sources } from '../../data/sources.ts'
import { speaker } from '../../talk.config.ts'
import { closingIndex } from '../lib/deck-info.ts'
import { diagramLabels, fillFigures, mermaidBlocks } from '../lib/diagram-source.ts'
import { figureText } from '../lib/diagrams.ts'

/** A diagram's words as the stage shows them: its labels with the figures written out, citation markers left out. */
export function diagramStageText(code: string): string {
  return diagramLabels(fillFigures(code, figureText)).join(' ').replace(/\s*\[\d+\]/g, '')
}

/** The slide's last click step, when its frontmatter sets one (components that draw by click read it). */
export function lastClick(slide: SlideInfo): number {
  const clicks = Number(slide.frontmatter.clicks)
  return Number.isInteger(clicks) && clicks > 0
    ? clicks
    : 0
}

/** The deck as the rules read it: every live slide rendered to its stage text with the deck's own components. */
export async function readDeckSource(slides: SlideInfo[], renderer: StageRenderer): Promise<DeckSource> {
  const stage = new Map<number, StageText>()
  for (const slide of slides.slice(0, closingIndex(slides) + 1)) {
    stage.set(slide.no, await renderer.renderStageText({
      no: slide.no,
      content: slide.content,
      frontmatter: slide.frontmatter,
      clicks: lastClick(slide),
      diagrams: mermaidBlocks(slide.content).map(diagramStageText),
    }))
  }
  return {
    slides,
    stage,
    figures,
    sources,
    quotes,
    asOf: AS_OF,
    speaker,
  }
}

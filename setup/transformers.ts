import type { CodeblockTransformContext } from '@slidev/types'
import { defineCodeblockTransformer, defineTransformersSetup } from '@slidev/types'
import { accTitleOf, escapeAttribute, fillFigures, parseMermaidFence } from '../scripts/lib/diagram-source.ts'
import { drawDeckDiagram, figureText } from '../scripts/lib/diagrams.ts'
import { DiagramSyntaxError } from '../scripts/lib/mermaid-render.ts'
import { UserError } from '../scripts/lib/user-error.ts'

let warnedNoChromium = false

/**
 * Every ```mermaid block becomes inline SVG drawn at build time (and in dev) with the deck's fonts and palette:
 * the browser never loads mermaid, and the diagram is part of its slide. The Markdown stays the source of truth.
 */
export const mermaidToInlineSvg = defineCodeblockTransformer(async (ctx: CodeblockTransformContext) => {
  const fence = parseMermaidFence(ctx.info)
  if (!fence)
    return undefined
  const where = ctx.slide
    ? `Slide ${ctx.slide.index + 1} (${ctx.slide.source.filepath})`
    : 'A slide'
  if (fence.options)
    throw new Error(`${where}: mermaid options ${fence.options} are not supported; diagrams are drawn at their natural size, so change the diagram instead.`)
  if (!accTitleOf(ctx.code))
    throw new Error(`${where}: the mermaid diagram has no accTitle; add "accTitle: …" and "accDescr: …" so it has an accessible name.`)
  try {
    const diagram = await drawDeckDiagram(ctx.code, {
      root: ctx.options.userRoot,
      keepAliveMs: ctx.options.mode === 'dev'
        ? 60_000
        : 1_000,
    })
    const extras = [
      diagram.citations.length
        ? ` :citations="${escapeAttribute(JSON.stringify(diagram.citations))}"`
        : '',
      diagram.rounds > 1
        ? ` :rounds="${diagram.rounds}"`
        : '',
    ].join('')
    return `<DiagramSvg svg="${escapeAttribute(diagram.svg)}" :width="${diagram.width}" :height="${diagram.height}"${extras} />`
  }
  catch (error) {
    if (error instanceof DiagramSyntaxError)
      throw new Error(`${where}: mermaid cannot parse the diagram: ${error.message}`)
    if (error instanceof UserError && ctx.options.mode === 'dev') {
      if (!warnedNoChromium)
        console.warn(`[deck] diagrams fall back to drawing in the browser: ${error.message}`)
      warnedNoChromium = true
      // Slidev's own mermaid block reads the same context next: hand it the text with the figures filled in.
      ctx.code = fillFigures(ctx.code, figureText)
      return undefined
    }
    throw new Error(`${where}: the diagram could not be drawn: ${(error as Error).message}`)
  }
})

export default defineTransformersSetup(() => ({
  codeblocks: [mermaidToInlineSvg],
}))

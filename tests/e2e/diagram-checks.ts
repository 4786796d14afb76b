import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import type { Problem, StepCheck } from './walk.ts'
import { accDescrOf, accTitleOf, diagramLabels, fillFigures, mermaidBlocks } from '../../scripts/lib/diagram-source.ts'
import { figureText } from '../../scripts/lib/diagrams.ts'
import { typeScale } from '../../styles/tokens.ts'
import { formatGeometryFinding, judgeDiagram } from '../browsers/diagram-geometry.ts'
import { measureDiagrams } from '../browsers/measure-diagrams.ts'

interface ExpectedDiagram {
  title: string
  description: string
  labels: string[]
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

/** What each ```mermaid block of a slide's Markdown should show, figures filled in from the data. */
export function expectedDiagrams(markdown: string): ExpectedDiagram[] {
  return mermaidBlocks(markdown).map((code) => {
    const filled = fillFigures(code, figureText)
    return {
      title: accTitleOf(filled) ?? '',
      description: accDescrOf(filled) ?? '',
      labels: diagramLabels(filled),
    }
  })
}

/**
 * On every slide with a ```mermaid block: the diagram is inline SVG drawn at build time (no runtime mermaid), its
 * accessible name and description are the block's accTitle and accDescr, every label of the source is drawn, and
 * labels are at least body size on the canvas (a diagram scaled down to fit would make them smaller), and its
 * geometry holds at every click step (tests/browsers/diagram-geometry.ts).
 */
export function diagramChecks(slides: SlideInfo[]): StepCheck {
  const expected = new Map(slides.map(slide => [
    slide.no,
    expectedDiagrams(slide.content),
  ]))
  return async (page, step) => {
    const diagrams = expected.get(step.slide) ?? []
    const problems: Problem[] = []
    const report = (detail: string) => problems.push({ ...step, kind: 'diagram', detail })
    // Geometry at this click step, of every drawing that claims to be a diagram: fill, centring, labels clear of
    // edges and of each other, edges visible.
    for (const geometry of await page.evaluate(measureDiagrams, step.slide)) {
      for (const finding of judgeDiagram(geometry))
        report(formatGeometryFinding(`slide ${step.slide} click ${step.click}`, finding))
    }
    if (!diagrams.length)
      return problems
    const drawn = await page.evaluate((no) => {
      const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`)!
      const canvasScale = root.getBoundingClientRect().width / root.offsetWidth
      return {
        runtimeMermaid: root.querySelectorAll('.mermaid').length,
        diagrams: [
          ...root.querySelectorAll<HTMLElement>('.deck-diagram'),
        ].map((host) => {
          const svg = host.querySelector('svg')
          if (!svg)
            return undefined
          const titleId = svg.getAttribute('aria-labelledby') ?? ''
          const descriptionId = svg.getAttribute('aria-describedby') ?? ''
          const label = svg.querySelector<HTMLElement>('.nodeLabel')
          const drawnScale = svg.getBoundingClientRect().width / canvasScale / svg.viewBox.baseVal.width
          return {
            name: (titleId && document.getElementById(titleId)?.textContent?.trim()) ?? '',
            description: (descriptionId && document.getElementById(descriptionId)?.textContent?.trim()) ?? '',
            // Text marked with lang inside a label must take the label's colour (mermaid's own CSS would make it #333).
            offColour: [
              ...svg.querySelectorAll<HTMLElement>('[lang]'),
            ].filter(el => getComputedStyle(el).color !== getComputedStyle(el.closest('.nodeLabel, .edgeLabel, .label') ?? el).color).map(el => el.textContent ?? ''),
            text: svg.textContent ?? '',
            labelPx: label
              ? Number.parseFloat(getComputedStyle(label).fontSize) * drawnScale
              : 0,
          }
        }),
      }
    }, step.slide)
    if (drawn.runtimeMermaid)
      report(`${drawn.runtimeMermaid} diagram(s) drawn by mermaid in the browser, not at build time`)
    if (drawn.diagrams.length !== diagrams.length)
      report(`expected ${diagrams.length} build-time diagram(s), found ${drawn.diagrams.length}`)
    diagrams.forEach((want, i) => {
      const got = drawn.diagrams[i]
      if (!got) {
        report(`diagram ${i + 1} has no SVG`)
        return
      }
      if (got.name !== want.title)
        report(`diagram ${i + 1}: accessible name "${got.name}", expected "${want.title}"`)
      if (got.description !== want.description)
        report(`diagram ${i + 1}: accessible description "${got.description.slice(0, 60)}…" is not its accDescr`)
      for (const label of want.labels) {
        if (!squeeze(got.text).includes(squeeze(label)))
          report(`diagram ${i + 1}: label "${label}" not drawn`)
      }
      if (got.offColour.length)
        report(`diagram ${i + 1}: "${got.offColour.join('", "')}" is not drawn in its label's colour`)
      if (got.labelPx < typeScale.body - 0.5)
        report(`diagram ${i + 1}: labels are ${got.labelPx.toFixed(1)} px on the canvas, below body size (${typeScale.body} px)`)
    })
    return problems
  }
}

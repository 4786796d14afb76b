import type { ReleaseStripId } from '../../data/release-steps.ts'
import type { SourceId } from '../../data/sources.ts'
import { componentSources } from '../../components/act3-page.ts'
import { benchmarkSource } from '../../data/benchmarks.ts'
import { figures } from '../../data/figures.ts'
import { ledger } from '../../data/ledger.ts'
import { attentionConfigs } from '../../data/model-configs.ts'
import { quotes } from '../../data/quotes.ts'
import { r1ZeroCurve } from '../../data/r1-zero-curve.ts'
import { releaseStrips } from '../../data/release-steps.ts'

export interface SlideReferences {
  figures: string[]
  quotes: string[]
  cites: string[]
  /** Sources the slide's figures, quotes, markers and data components cite. */
  sources: SourceId[]
}

function attr(content: string, name: string) {
  return [
    ...content.matchAll(new RegExp(`\\b${name}="([\\w-]+)"`, 'g')),
  ].map(m => m[1])
}

/** What a slide's Markdown refers to in data/, read from its component tags. */
export function slideReferences(content: string): SlideReferences {
  const figureIds = [
    ...attr(content, 'figure'),
    // Figures inside ```mermaid diagrams: {fig:id} or {fig:id words}
    ...[
      ...content.matchAll(/\{fig:([\w-]+)(?: [^}]*)?\}/g),
    ].map(m => m[1]),
    // The evidence ledger draws the figures of its entries (data/ledger.ts)
    ...(content.includes('<EvidenceLedger')
      ? ledger.flatMap(e => (e.figure
          ? [e.figure]
          : []))
      : []),
    // R1-Zero's curve draws its published figures beside the points it reads (data/r1-zero-curve.ts)
    ...(content.includes('<RlCurve')
      ? Object.values(r1ZeroCurve.published)
      : []),
    // Part-to-whole bars name their figures in a row list: { part: 'id', whole: 'id' }
    ...(content.includes('<PartBar')
      ? [
          ...content.matchAll(/\b(?:part|whole): '([\w-]+)'/g),
        ].map(m => m[1])
      : []),
  ]
  const quoteIds = attr(content, 'quote')
  const citeIds = [
    ...content.matchAll(/<Cite\s+source="([\w-]+)"/g),
  ].map(m => m[1])
  const cited = new Set<string>(citeIds)
  for (const id of figureIds)
    cited.add((figures as Record<string, { source: string }>)[id]?.source ?? `unknown figure ${id}`)
  for (const id of quoteIds)
    cited.add((quotes as Record<string, { source: string }>)[id]?.source ?? `unknown quote ${id}`)
  componentSources(content).forEach(id => cited.add(id))
  if (content.includes('<BenchmarkChart'))
    cited.add(benchmarkSource)
  if (content.includes('<MoeRouter'))
    cited.add(figures.v3ActiveParams.source)
  if (content.includes('<KvCacheCalculator'))
    attentionConfigs.forEach(c => cited.add(c.source))
  if (content.includes('<EvidenceLedger'))
    ledger.forEach(e => cited.add(e.source))
  if (content.includes('<RlCurve'))
    cited.add(r1ZeroCurve.source)
  if (content.includes('<ValueCliff'))
    cited.add(figures.nvidiaValueErased.source)
  for (const tag of content.matchAll(/<ReleaseStrip\b[^>]*>/g)) {
    const strip = (tag[0].match(/\bstrip="(\w+)"/)?.[1] ?? 'models') as ReleaseStripId
    const drawn = releaseStrips[strip]
    ;[
      ...(drawn?.steps ?? []),
      ...(drawn?.slot
        ? [drawn.slot]
        : []),
    ].forEach(step => step.sources.forEach(id => cited.add(id)))
  }
  if (content.includes('<CostComparison'))
    [figures.llama31_405bGpuHours.source, figures.v3TrainingGpuHours.source].forEach(s => cited.add(s))
  return {
    figures: figureIds,
    quotes: quoteIds,
    cites: citeIds,
    sources: [...cited] as SourceId[],
  }
}

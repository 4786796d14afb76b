import type { Certainty } from '../data/schema.ts'
import type { SourceId } from '../data/sources.ts'
import type { Cell } from './chip-rows.ts'
import { releases, saleWindows } from '../data/china-chips-timeline.ts'
import { regime } from '../data/chip-rules.ts'
import { exportControlEvents } from '../data/export-controls.ts'
import { figures } from '../data/figures.ts'
import { actorTags } from '../styles/tokens.ts'
import { chipRows, CLASS_LABELS, PROVENANCE_WORDS, TABLE_HEADINGS } from './chip-rows.ts'
import { pipes } from './pipe-widths.ts'
import { STEPS } from './threshold-layout.ts'

/**
 * What act three's data components put on the page (transcript, handout, reader): one fact per mark, with its
 * certainty and its sources, and the sources each component cites. Same data as the stage, so they cannot drift.
 */
export interface PageFact {
  text: string
  certainty: Certainty
  sources: SourceId[]
}

function month(iso: string) {
  return new Date(`${iso.length === 7
    ? `${iso}-01`
    : iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })
}

export function swimlaneFacts(): PageFact[] {
  const facts: Array<PageFact & { date: string }> = [
    ...exportControlEvents.map(e => ({
      date: e.date,
      text: `${e.when}, ${actorTags[e.actor]}: ${e.title}. ${e.detail.replace(/\.$/, '')}`,
      certainty: e.certainty,
      sources: [
        e.source,
        ...e.also ?? [],
      ],
    })),
    ...saleWindows.map(w => ({
      date: w.from,
      text: `${month(w.from)} to ${w.to
        ? month(w.to)
        : 'now'}, Nvidia: ${w.stage}. ${w.detail.replace(/\.$/, '')}`,
      certainty: w.certainty,
      sources: [
        w.source,
        ...w.endSource
          ? [w.endSource]
          : [],
      ],
    })),
    ...releases.map(r => ({
      date: r.date,
      text: `${month(r.date)}, DeepSeek: ${r.detail.replace(/\.$/, '')}`,
      certainty: 'primary' as const,
      sources: [r.source],
    })),
  ]
  return facts.sort((a, b) => a.date.localeCompare(b.date)).map(({ date: _d, ...f }) => f)
}

export function thresholdFacts(): PageFact[] {
  const regimes = [
    ...new Set(STEPS.map(s => s.regime)),
  ].map(regime)
  return [
    ...regimes.map(r => ({
      text: `${r.label}: ${describeRule(r.rule)}`,
      certainty: 'primary' as const,
      sources: [r.source],
    })),
    ...chipRows().map(row => ({
      text: `${row.name}: ${[
        value('TPP', row.tpp, ''),
        value('density', row.density, ''),
        value('links', row.io, ' GB/s'),
        value('memory', row.memory, ' GB/s'),
      ].filter(Boolean).join(', ')}; ${row.classes.every(c => c === CLASS_LABELS['not-applicable'])
        ? 'not a U.S. export, shown for comparison'
        : TABLE_HEADINGS.slice(5).map((h, i) => `${h} ${row.classes[i]}`).join(', ')}`,
      certainty: 'primary' as const,
      sources: row.sources,
    })),
  ]
}

function value(name: string, cell: Cell, unit: string): string {
  return cell.provenance
    ? `${name} ${cell.text}${unit} (${PROVENANCE_WORDS[cell.provenance]})`
    : ''
}

function describeRule(rule: ReturnType<typeof regime>['rule']): string {
  switch (rule.kind) {
    case 'tpp-and-io':
      return `a licence if TPP ≥ ${rule.tpp.toLocaleString('en-US')} and chip-to-chip I/O ≥ ${rule.io} GB/s`
    case 'tpp-and-density':
      return `3A090.a if TPP ≥ ${rule.aTpp.toLocaleString('en-US')}, or TPP ≥ ${rule.aTppWithDensity.toLocaleString('en-US')} with density ≥ ${rule.aDensity}; 3A090.b (notify) if TPP ≥ ${rule.bTpp.toLocaleString('en-US')} with density ≥ ${rule.bDensityLow}, or TPP ≥ ${rule.aTppWithDensity.toLocaleString('en-US')} with density ≥ ${rule.bDensityHigh} (density below ${rule.aDensity})`
    case 'letter':
      return 'no new threshold: a letter requiring licences for the H20 and chips with its memory or link bandwidth'
    case 'review':
      return `case-by-case review below TPP ${rule.tpp.toLocaleString('en-US')} and ${rule.dram.toLocaleString('en-US')} GB/s of memory bandwidth, presumption of denial above`
  }
}

export function pipeFacts(): PageFact[] {
  return [
    ...pipes(['h100', 'h800'], 1).map(p => ({
      text: `${p.name}: ${p.bandwidth} GB/s between chips${p.secondary ? ' (dealer specifications)' : ''}`,
      certainty: p.secondary ? 'reported' as const : 'primary' as const,
      sources: [p.source],
    })),
    {
      text: `V3 limits each token to ${figures.v3MaxNodesPerToken.value} nodes, hides communication under computation with DualPipe, and trained on ${figures.v3ClusterGpus.value.toLocaleString('en-US')} H800s; the paper designs around communication limits, mostly between machines, and does not attribute them to export controls`,
      certainty: 'primary',
      sources: ['deepseek-v3-paper'],
    },
  ]
}

/** Facts and sources by component tag, for the slides that use them. */
export const COMPONENT_FACTS: Record<string, () => PageFact[]> = {
  ThresholdChart: thresholdFacts,
  ChipTable: thresholdFacts,
  SwimlaneTimeline: swimlaneFacts,
  NarrowPipe: pipeFacts,
}

export function componentSources(content: string): SourceId[] {
  return [
    ...new Set(Object.entries(COMPONENT_FACTS)
      .filter(([tag]) => new RegExp(`<${tag}[\\s/>]`).test(content))
      .flatMap(([, facts]) => facts().flatMap(f => f.sources))),
  ]
}

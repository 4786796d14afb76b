import type { Actor } from '../styles/tokens.ts'
import type { SourceId } from './sources.ts'

export interface PolicyEvent {
  /** ISO date, YYYY-MM or YYYY-MM-DD. */
  date: string
  /** As the timeline shows it, e.g. "Oct 2022". */
  when: string
  title: string
  detail: string
  actor: Actor
  source: SourceId
}

/** The U.S. export-control timeline, one event per click. */
export const exportControlEvents: PolicyEvent[] = [
  {
    date: '2022-10-07',
    when: 'Oct 2022',
    title: 'First advanced-chip rule',
    detail: 'A100/H100-class chips need a licence for China: a compute threshold plus a chip-to-chip bandwidth test.',
    actor: 'usgov',
    source: 'fr-2022-advanced-computing',
  },
  {
    date: '2023-03',
    when: '2022–23',
    title: 'China-only variants',
    detail: 'Nvidia sells China the A800 and H800, with slower chip-to-chip links; DeepSeek trains mainly on H800s.',
    actor: 'industry',
    source: 'nature-news-r1-cost',
  },
  {
    date: '2023-10-17',
    when: 'Oct 2023',
    title: 'The bandwidth loophole closes',
    detail: 'Interconnect speed is dropped as a criterion, catching the A800 and H800; Nvidia answers with the weaker H20.',
    actor: 'usgov',
    source: 'fr-2023-advanced-computing-update',
  },
  {
    date: '2024-12-02',
    when: 'Dec 2024',
    title: 'Memory and tools',
    detail: 'Controls on high-bandwidth memory and chip-making equipment; 140 Entity List additions.',
    actor: 'usgov',
    source: 'fr-2024-fdp-hbm',
  },
  {
    date: '2025-01-13',
    when: 'Jan 2025',
    title: 'AI Diffusion rule',
    detail: 'A worldwide licence regime with three country tiers; China in the most restricted tier.',
    actor: 'usgov',
    source: 'fr-2025-ai-diffusion',
  },
  {
    date: '2025-04-15',
    when: 'Apr 2025',
    title: 'H20 needs a licence',
    detail: 'Nvidia books a $4.5 billion charge (it had warned of up to $5.5 billion).',
    actor: 'industry',
    source: 'nvidia-h20-8k',
  },
  {
    date: '2025-05-13',
    when: 'May 2025',
    title: 'Diffusion rule dropped',
    detail: 'BIS says it will not enforce the rule and will replace it; a formal rescission notice was promised.',
    actor: 'usgov',
    source: 'mofo-diffusion-rescission',
  },
  {
    date: '2026-01-15',
    when: 'Jan 2026',
    title: 'H200 case by case',
    detail: 'Chips below set performance limits move from presumed denial to case-by-case review for China.',
    actor: 'usgov',
    source: 'fr-2026-license-review',
  },
]

import type { Certainty, ClaimDates } from './schema.ts'
import type { SourceId } from './sources.ts'
import { asOfLabel } from './as-of.ts'

/**
 * Dated strips of what DeepSeek released (ReleaseStrip.vue): the steps from its first models to R1 (slide 9), what
 * it opened after R1 (slide 25), and its models since R1 up to the talk's date, with the step still missing (slide
 * 26). Each step is dated by its first release and cited; `page` is what the handout and reader say.
 */
export interface ReleaseStep {
  /** The first release of the step (ISO date): where its mark goes on the strip. */
  date: string
  /**
   * The models, as the stage labels them (at most three words), and what was new (at most three words; empty where
   * the slide draws what was new beside the strip, as slide 26 does).
   */
  models: string
  firstIn: string
  page: string
  sources: SourceId[]
  /** A step known only from reports (hosts' pages, the press) says so on the strip; primary when omitted. */
  certainty?: Certainty
}

export const releaseSteps: ReleaseStep[] = [
  {
    date: '2023-11-02',
    models: 'Coder, LLM 67B',
    firstIn: 'first models',
    page: 'DeepSeek Coder (2 Nov 2023) and LLM 7B and 67B (29 Nov 2023): the lab’s first open models.',
    sources: ['deepseek-coder-repo', 'deepseek-llm-repo'],
  },
  {
    date: '2024-01-11',
    models: 'MoE, Math',
    firstIn: 'GRPO',
    page: 'DeepSeekMoE (11 Jan 2024) and DeepSeekMath (5 Feb 2024), which introduced GRPO, R1’s RL method.',
    sources: ['deepseekmoe-paper', 'deepseekmath-paper'],
  },
  {
    date: '2024-05-07',
    models: 'V2',
    firstIn: 'latent attention',
    page: 'DeepSeek-V2 (7 May 2024): latent attention and a mixture of experts.',
    sources: ['deepseek-v2-paper'],
  },
  {
    date: '2024-12-26',
    models: 'V3',
    firstIn: 'FP8, 671 B',
    page: 'DeepSeek-V3 (26 Dec 2024): trained mostly in FP8, 671 B parameters.',
    sources: ['deepseek-v3-paper'],
  },
  {
    date: '2025-01-20',
    models: 'R1',
    firstIn: 'RL reasoning',
    page: 'DeepSeek-R1 (20 Jan 2025): reasoning learned by reinforcement learning, built on V3.',
    sources: ['deepseek-r1-repo'],
  },
]

/** What DeepSeek opened up after R1: weights, code, and a peer-reviewed paper. */
export const openSteps: ReleaseStep[] = [
  {
    date: '2025-01-20',
    models: 'Weights',
    firstIn: 'MIT licence',
    page: 'R1’s weights under the MIT licence, which allows commercial use and distillation (20 Jan 2025).',
    sources: ['deepseek-r1-repo'],
  },
  {
    date: '2025-02-24',
    models: 'Code',
    firstIn: 'five infra repos',
    page: 'Open-Source Week (from 24 Feb 2025): FlashMLA, DeepEP, DeepGEMM, DualPipe and the 3FS file system.',
    sources: ['open-infra-index'],
  },
  {
    date: '2025-09-17',
    models: 'Peer review',
    firstIn: 'R1 in Nature',
    page: 'The R1 paper, peer-reviewed, in Nature (17 Sep 2025).',
    sources: ['nature-r1-paper'],
  },
]

/** DeepSeek's models since R1, to the talk's date. */
export const sinceSteps: ReleaseStep[] = [
  {
    date: '2025-01-20',
    models: 'R1',
    firstIn: '',
    page: 'R1, the reasoning model (20 Jan 2025).',
    sources: ['deepseek-r1-repo'],
  },
  {
    date: '2025-08-21',
    models: 'V3.1–V3.2',
    firstIn: '',
    page: 'V3.1 (21 Aug 2025): thinking and chat in one model; V3.2 (1 Dec 2025): sparse attention.',
    sources: ['deepseek-api-news'],
  },
  {
    date: '2026-04-24',
    models: 'V4',
    firstIn: '',
    page: 'V4 (24 Apr 2026), a preview: V4-Pro, 1.6 T, and V4-Flash, open weights under MIT. The official V4 replaced it with V4-Pro-0813 (13 Aug 2026), as its hosts list it.',
    sources: ['deepseek-v4-model-card', 'fireworks-v4-pro-0813'],
  },
  {
    date: '2026-09-10',
    models: 'V4.1-Flash',
    firstIn: '',
    page: 'V4.1-Flash (10 Sep 2026, as reported): DeepSeek retired V4-Flash and sent V4-Pro requests to it from 14 Sep.',
    sources: ['wavespeed-v41-flash-api'],
    certainty: 'reported',
  },
]

/**
 * A step the strip leaves empty at the talk's date: something expected that has not come. Its wording is a claim
 * that can go stale, so it carries the dates of one (data/schema.ts) and its certainty.
 */
export interface OpenSlot extends Omit<ReleaseStep, 'date'>, ClaimDates {
  certainty: Certainty
}

export const r2Slot: OpenSlot = {
  models: 'R2?',
  firstIn: '',
  page: `No model called R2 as of ${asOfLabel()}; reasoning moved into the main line with V3.1.`,
  sources: ['deepseek-api-news'],
  certainty: 'primary',
  // DeepSeek has shipped a model every few months; three months on, "still no R2" needs checking again.
  expires: '2027-03-04',
  watch: 'An R2, or a V5?',
}

/**
 * Each strip the deck draws: its steps, the span of its time axis, a step it leaves open at the talk's date, and
 * whether the page lists each step in words under it (`list: false` where the page has no room for the list and
 * the slide's other evidence: slide 25's quote, slide 26's bars; their notes, printed in the handout and reader,
 * say the same).
 */
export const releaseStrips: Record<'models' | 'open' | 'since', { steps: ReleaseStep[], from: string, to: string, slot?: OpenSlot, list?: false }> = {
  models: { steps: releaseSteps, from: '2023-11-01', to: '2025-02-01' },
  open: {
    steps: openSteps,
    from: '2025-01-01',
    to: '2025-10-01',
    list: false,
  },
  since: {
    steps: sinceSteps,
    from: '2025-01-01',
    to: '2026-12-31',
    slot: r2Slot,
    list: false,
  },
}

export type ReleaseStripId = keyof typeof releaseStrips

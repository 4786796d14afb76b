import type { Actor } from '../styles/tokens.ts'
import type { Certainty, ClaimDates } from './schema.ts'
import type { SourceId } from './sources.ts'

export interface PolicyEvent extends ClaimDates {
  /** ISO date, YYYY-MM or YYYY-MM-DD: when it happened (first day of a span). */
  date: string
  /** As the timeline shows it, e.g. "Oct 2022". */
  when: string
  title: string
  /** The swimlane's label, at most four words; without one the event is a tick and its details go to the page. */
  stage?: string
  detail: string
  actor: Actor
  source: SourceId
  /** Further sources for parts of the detail (a companion rule, a later filing). */
  also?: SourceId[]
  /** Primary, reported or alleged: a card that is not primary says so. */
  certainty: Certainty
}

/** U.S. export controls and Beijing's answers, in date order: the swimlane's Washington and Beijing lanes. */
export const exportControlEvents: PolicyEvent[] = [
  {
    date: '2022-10-07',
    when: 'Oct 2022',
    title: 'First advanced-chip rule',
    stage: 'Chip rule',
    detail: 'A chip needs a licence for China if it is both fast (a compute threshold) and well connected (600 GB/s or more between chips).',
    actor: 'usgov',
    source: 'fr-2022-advanced-computing',
    certainty: 'primary',
  },
  {
    date: '2023-10-17',
    when: 'Oct 2023',
    title: 'The bandwidth loophole closes',
    detail: 'The link-speed test is dropped for a compute-density test, catching the A800 and H800; Nvidia answers with the weaker H20.',
    actor: 'usgov',
    source: 'fr-2023-advanced-computing-update',
    certainty: 'primary',
  },
  {
    date: '2024-12-02',
    when: 'Dec 2024',
    title: 'Memory and tools',
    detail: 'Controls on high-bandwidth memory and chip-making equipment; a companion rule adds 140 entities, mostly Chinese.',
    actor: 'usgov',
    source: 'fr-2024-fdp-hbm',
    also: ['fr-2024-entity-list-additions'],
    certainty: 'primary',
  },
  {
    date: '2025-01-13',
    when: 'Jan 2025',
    title: 'AI Diffusion rule',
    stage: 'Diffusion rule',
    detail: 'A worldwide licence regime with three country tiers; China in the most restricted tier.',
    actor: 'usgov',
    source: 'fr-2025-ai-diffusion',
    certainty: 'primary',
  },
  {
    date: '2025-04-09',
    when: 'Apr 2025',
    title: 'H20 needs a licence',
    detail: 'Washington requires a licence even for the H20; Nvidia books a $4.5 billion charge (it had warned of up to $5.5 billion).',
    actor: 'usgov',
    source: 'nvidia-h20-8k',
    also: ['nvidia-sec-letter-h20-charge'],
    certainty: 'primary',
  },
  {
    date: '2025-05-13',
    when: 'May 2025',
    title: 'Diffusion rule not enforced',
    detail: 'BIS stops enforcing it and promises a replacement. No formal rescission followed; in May 2026 GAO ruled the non-enforcement is itself a rule.',
    actor: 'usgov',
    source: 'gao-diffusion-non-enforcement',
    also: ['mofo-diffusion-rescission'],
    certainty: 'primary',
  },
  {
    date: '2025-07-14',
    when: 'Jul 2025',
    title: 'H20 back, for a cut',
    detail: 'Licences for the H20 return; the U.S. government is to get 15% of the sales.',
    actor: 'usgov',
    source: 'wsj-h20-revenue-share',
    certainty: 'reported',
  },
  {
    date: '2025-08',
    when: 'Aug–Nov 2025',
    title: 'Beijing pushes domestic chips',
    stage: 'Discourages H20',
    detail: 'Firms are told to justify H20 orders; new state-funded data centres must use only Chinese AI chips.',
    actor: 'beijing',
    source: 'reuters-china-domestic-chips',
    certainty: 'reported',
  },
  {
    date: '2025-09-29',
    when: 'Sep–Nov 2025',
    title: 'Affiliates Rule, then a pause',
    detail: 'Firms 50% or more owned by listed parties fall under the same restrictions; after the Trump–Xi deal it was suspended for a year, due back on 10 Nov 2026 (not confirmed as of 4 Dec 2026).',
    // Whether it came back on 10 Nov 2026 (or the pause was extended) was not in the stored sources on 4 Dec 2026.
    expires: '2027-01-04',
    watch: 'Affiliates Rule back?',
    actor: 'usgov',
    source: 'fr-2025-affiliates-rule',
    also: ['skadden-affiliates-suspension'],
    certainty: 'primary',
  },
  {
    date: '2025-12-08',
    when: 'Dec 2025',
    title: 'H200 allowed, for 25%',
    detail: 'Trump lets Nvidia sell the H200 to approved Chinese customers, with 25% to Washington. Blackwell stays banned.',
    actor: 'usgov',
    source: 'trump-h200-decision',
    certainty: 'primary',
  },
  {
    date: '2025-12-08',
    when: 'Dec 2025',
    title: 'Operation Gatekeeper',
    detail: 'The same day, prosecutors unseal a case against a ring that smuggled or tried to smuggle $160 million of H100s and H200s.',
    actor: 'usgov',
    source: 'operation-gatekeeper',
    certainty: 'reported',
  },
  {
    date: '2026-01-13',
    when: 'Jan 2026',
    title: 'H200 case by case, plus a tariff',
    stage: 'Case-by-case',
    detail: 'Chips under set limits (the H200 fits) move to case-by-case review for China, for exports from the U.S. that meet the rule’s conditions on supply, testing and customers; a 25% tariff covers a narrow class of such chips imported into the U.S. and not used there.',
    actor: 'usgov',
    source: 'fr-2026-license-review',
    also: ['whitecase-chip-tariff'],
    certainty: 'primary',
  },
  {
    date: '2026-01-14',
    when: 'Jan 2026',
    title: 'Beijing blocks the H200',
    stage: 'Blocks H200',
    detail: 'Customs are told H200s are not permitted; firms should buy them only if necessary.',
    actor: 'beijing',
    source: 'reuters-h200-customs-block',
    certainty: 'reported',
  },
  {
    date: '2026-01-28',
    when: 'Jan 2026',
    title: 'Beijing approves first H200 imports',
    detail: 'First imports approved for ByteDance, Alibaba and Tencent (over 400,000 chips), then, on conditions the state planner was still setting, for DeepSeek.',
    actor: 'beijing',
    source: 'reuters-deepseek-h200-approval',
    certainty: 'reported',
  },
]

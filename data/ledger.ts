import type { FigureId } from './figures.ts'
import type { Certainty, ClaimDates } from './schema.ts'
import type { SourceId } from './sources.ts'

/**
 * The evidence that the export controls bite, and that they leak (slide 27), as a ledger: each entry with what it
 * rests on. `stage` is at most four words (the slide holds 40 in all); a figure, when the entry has one, is drawn from data/figures.ts before
 * it. `by` names the kind of primary source; anything less than primary shows its certainty word instead.
 */
export interface LedgerEntry extends ClaimDates {
  side: 'bite' | 'leak'
  figure?: FigureId
  stage: string
  page: string
  certainty: Certainty
  by?: string
  source: SourceId
}

export const ledger: LedgerEntry[] = [
  {
    side: 'bite',
    stage: 'V3 built for cut links',
    page: 'DeepSeek’s own paper: V3 was designed around the H800’s links, cut to 400 GB/s for the rules.',
    certainty: 'primary',
    by: 'paper',
    source: 'deepseek-isca25-paper',
  },
  {
    side: 'bite',
    stage: 'chips the limit',
    page: 'Liang Wenfeng, 2024: the limit was the chip embargo, not money. His own account.',
    certainty: 'claimed',
    source: 'waves-interview-2024',
  },
  {
    side: 'bite',
    figure: 'nvidiaH20ChargeUsd',
    stage: 'H20 charge',
    page: 'Nvidia’s SEC filing, after the April 2025 H20 licence rule: the cost on the American side.',
    certainty: 'primary',
    by: 'filing',
    source: 'nvidia-sec-letter-h20-charge',
  },
  {
    side: 'leak',
    figure: 'gatekeeperSmuggledUsd',
    stage: 'smuggled',
    page: 'GPUs exported or attempted, Oct 2024 to May 2025, say prosecutors; not linked to DeepSeek.',
    certainty: 'reported',
    source: 'operation-gatekeeper',
  },
  {
    side: 'leak',
    stage: 'Blackwell-trained model',
    page: 'A U.S. official, Feb 2026; China’s embassy rejected it; nothing shown in public.',
    certainty: 'alleged',
    source: 'reuters-blackwell-allegation',
  },
  {
    side: 'leak',
    stage: 'no Entity listing',
    page: 'June 2026, though an interagency panel had approved the listing.',
    certainty: 'reported',
    source: 'reuters-entity-list-hold',
    // A listing the panel approved can come any week: "no listing" needs checking again two months on.
    expires: '2027-02-04',
    watch: 'DeepSeek on the Entity List?',
  },
]

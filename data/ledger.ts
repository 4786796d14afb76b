import type { FigureId } from './figures.ts'
import type { Certainty } from './schema.ts'
import type { SourceId } from './sources.ts'

/**
 * The evidence that the export controls bite, and that they leak (slide 27), as a ledger: each entry with what it
 * rests on. `stage` is at most four words (the slide holds 40 in all); a figure, when the entry has one, is drawn from data/figures.ts before
 * it. `by` names the kind of primary source; anything less than primary shows its certainty word instead.
 */
export interface LedgerEntry {
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
    page: 'DeepSeek’s own hardware paper says V3’s parallelism was designed around the H800’s NVLink, cut from 900 to 400 GB/s to comply with the rules: a constraint on a Chinese developer, in its own words.',
    certainty: 'primary',
    by: 'paper',
    source: 'deepseek-isca25-paper',
  },
  {
    side: 'bite',
    stage: 'chips the limit',
    page: 'Liang Wenfeng in 2024: the company’s problem was never money but the embargo on high-end chips. His own account, not a measured constraint.',
    certainty: 'claimed',
    source: 'waves-interview-2024',
  },
  {
    side: 'bite',
    figure: 'nvidiaH20ChargeUsd',
    stage: 'H20 charge',
    page: 'Nvidia’s charge for H20 inventory and purchase obligations after the April 2025 licence requirement, in its SEC filing: the cost on the American side.',
    certainty: 'primary',
    by: 'filing',
    source: 'nvidia-sec-letter-h20-charge',
  },
  {
    side: 'leak',
    figure: 'gatekeeperSmuggledUsd',
    stage: 'smuggled',
    page: 'H100 and H200 GPUs a smuggling ring exported or tried to export to China, October 2024 to May 2025, according to prosecutors; the case is not linked to DeepSeek.',
    certainty: 'reported',
    source: 'operation-gatekeeper',
  },
  {
    side: 'leak',
    stage: 'Blackwell-trained model',
    page: 'In February 2026 a senior U.S. official said DeepSeek’s next model had been trained on Nvidia’s Blackwell chips, which may not be sold to China; China’s embassy rejected it, and nothing has been shown in public.',
    certainty: 'alleged',
    source: 'reuters-blackwell-allegation',
  },
  {
    side: 'leak',
    stage: 'no Entity listing',
    page: 'In June 2026 Washington held off putting DeepSeek on the Entity List, although an interagency panel had approved it.',
    certainty: 'reported',
    source: 'reuters-entity-list-hold',
  },
]

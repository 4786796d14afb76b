import type { Certainty } from './schema.ts'
import type { SourceId } from './sources.ts'

/**
 * The swimlane's two middle lanes: when Nvidia's China chips could be sold, and when DeepSeek released its models.
 * Dates are ISO (YYYY-MM or YYYY-MM-DD); a window without `to` is still open on the talk's as-of date.
 */
export interface SaleWindow {
  /** At most four words, as the bar is labelled. */
  stage: string
  from: string
  to?: string
  /** 'licensed' when exports were allowed but little or nothing was sold (drawn hatched). */
  sales: 'sold' | 'licensed'
  detail: string
  source: SourceId
  /** The source for the end of the window, when another document closes it. */
  endSource?: SourceId
  certainty: Certainty
}

export const saleWindows: SaleWindow[] = [
  {
    stage: 'A800 / H800',
    from: '2022-11',
    to: '2023-11-17',
    sales: 'sold',
    detail: 'Nvidia sells China the A800 (from November 2022) and the H800 (from March 2023): the A100’s and H100’s arithmetic with slower links between chips, until the October 2023 rule takes effect.',
    source: 'tomshardware-h800',
    endSource: 'fr-2023-advanced-computing-update',
    certainty: 'reported',
  },
  {
    stage: 'H20',
    from: '2024-02',
    to: '2025-04-09',
    sales: 'sold',
    detail: 'Nvidia takes pre-orders for the H20, built to sit under the 2023 thresholds, until a letter requires a licence for it; in its filing that day Nvidia warns of charges of up to $5.5 billion.',
    source: 'reuters-h20-preorders',
    endSource: 'nvidia-h20-8k',
    certainty: 'reported',
  },
  {
    stage: 'H20, 15 % cut',
    from: '2025-08',
    sales: 'licensed',
    detail: 'H20 licences return with 15% of sales reported to go to Washington, but Beijing discourages buying it.',
    source: 'wsj-h20-revenue-share',
    certainty: 'reported',
  },
  {
    stage: 'H200, 25 % cut',
    from: '2025-12-08',
    sales: 'licensed',
    detail: 'Washington allows H200 sales to approved customers with 25% to the U.S. government; Beijing tells customs the H200 is not permitted.',
    source: 'trump-h200-decision',
    endSource: 'reuters-h200-customs-block',
    certainty: 'reported',
  },
]

export interface Release {
  model: string
  date: string
  detail: string
  source: SourceId
}

/** DeepSeek's releases the act refers to; V3 and R1 were trained on H800s bought before the 2023 rule. */
export const releases: Release[] = [
  {
    model: 'V2',
    date: '2024-05-07',
    detail: 'DeepSeek-V2: latent attention and a mixture of experts.',
    source: 'deepseek-v2-paper',
  },
  {
    model: 'V3',
    date: '2024-12-26',
    detail: 'DeepSeek-V3, trained on 2,048 H800s.',
    source: 'deepseek-v3-paper',
  },
  {
    model: 'R1',
    date: '2025-01-20',
    detail: 'DeepSeek-R1, the reasoning model, built on V3.',
    source: 'deepseek-r1-repo',
  },
  {
    model: 'V4',
    date: '2026-04-24',
    detail: 'DeepSeek-V4: 1.6 trillion parameters and a million-token context.',
    source: 'deepseek-v4-model-card',
  },
  {
    model: 'V4.1',
    date: '2026-09',
    detail: 'DeepSeek-V4.1-Flash: open weights that read images as well as text.',
    source: 'deepseek-v41-flash-card',
  },
]

import type { SourceId } from '../sources.ts'
import { defineFigures } from '../schema.ts'

/** From hedge fund to AI lab: the figures. */
export const originsFigures = defineFigures<SourceId>()({
  highFlyerPeakAum: {
    label: 'High-Flyer’s assets at its 2021 peak',
    stage: 'assets at the 2021 peak',
    value: 100e9,
    unit: 'CNY',
    source: 'reuters-high-flyer-profile',
    certainty: 'reported',
    caveat: 'About $14 billion; assets shrank afterwards.',
  },
  fireFlyer1Gpus: {
    label: 'Fire-Flyer 1 (2019–20)',
    value: 1_100,
    unit: 'GPUs',
    source: 'reuters-high-flyer-profile',
    certainty: 'reported',
    caveat: 'Cost about ¥200 million.',
  },
  fireFlyer2Gpus: {
    label: 'Fire-Flyer 2 (2021)',
    value: 10_000,
    unit: 'GPUs',
    source: 'fire-flyer-paper',
    certainty: 'primary',
    caveat: 'Nvidia A100 (PCIe), built before the export controls.',
  },
  fundingRound2026: {
    label: 'DeepSeek’s first funding round, closed 16 June 2026',
    stage: 'first funding round, 2026',
    value: 51e9,
    unit: 'CNY',
    source: '36kr-deepseek-funding-close',
    certainty: 'reported',
    caveat: 'About ¥20 billion of it was Liang Wenfeng’s own money, so outside investors (Tencent and CATL the largest) put in about ¥30 billion; Liang keeps control. Reports differ on size and terms.',
  },
})

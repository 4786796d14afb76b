import type { SourceId } from './sources.ts'
import { defineFigures } from './schema.ts'

/** Every number a slide shows. Values and caveats follow the fact sheet (HIGH/MED entries only). */
export const figures = defineFigures<SourceId>()({
  v3TrainingGpuHours: {
    label: 'DeepSeek-V3 full training',
    value: 2_788_000,
    unit: 'GPU-hours',
    source: 'deepseek-v3-paper',
    caveat: 'H800 hours for the official training run only; excludes prior research and ablation experiments.',
  },
  v3TrainingCostUsd: {
    label: 'DeepSeek-V3 training at $2 per H800-hour',
    value: 5_576_000,
    unit: 'USD',
    source: 'deepseek-v3-paper',
    caveat: 'Rental-equivalent GPU time, not capital cost, salaries or data.',
  },
  llama31_405bGpuHours: {
    label: 'Llama 3.1 405B training',
    value: 30_840_000,
    unit: 'GPU-hours',
    source: 'llama31-model-card',
    caveat: 'H100-80GB hours; Meta publishes no dollar cost.',
  },
  nvidiaOneDayDrop: {
    label: 'Nvidia share price, 27 Jan 2025',
    value: -17,
    unit: '%',
    source: 'bloomberg-nvidia-record-loss',
  },
  nvidiaValueErased: {
    label: 'Nvidia market value erased in one day',
    value: 589_000_000_000,
    unit: 'USD',
    source: 'bloomberg-nvidia-record-loss',
    caveat: 'The largest one-day loss for any company in U.S. stock-market history.',
  },
  fireFlyer2Gpus: {
    label: 'Fire-Flyer 2 cluster (2021)',
    value: 10_000,
    unit: 'GPUs',
    source: 'reuters-high-flyer-profile',
    caveat: 'Nvidia A100 (PCIe), built before the export controls.',
  },
})

export type FigureId = keyof typeof figures

import type { SourceId } from './sources.ts'
import { defineFigures } from './schema.ts'

/** Every number a slide shows. Values and caveats follow ../shared/research/facts.md (HIGH/MED entries only). */
export const figures = defineFigures<SourceId>()({
  // Cold open
  nvidiaOneDayDrop: {
    label: 'Nvidia’s share price on 27 Jan 2025',
    value: -17,
    unit: '%',
    source: 'bloomberg-nvidia-record-loss',
  },
  nvidiaValueErased: {
    label: 'Nvidia market value erased in one day',
    value: 589e9,
    unit: 'USD',
    source: 'bloomberg-nvidia-record-loss',
    caveat: 'The largest one-day loss for any company in U.S. stock-market history.',
  },
  appStoreRank: {
    label: 'DeepSeek in the U.S. App Store, Sunday 26 Jan 2025',
    value: 1,
    unit: 'rank',
    source: 'techcrunch-app-store',
    caveat: 'Up from No. 31 a few days earlier; the app had launched on 10 Jan.',
  },
  // The rise
  r1TotalParams: {
    label: 'DeepSeek-R1 parameters in total',
    value: 671e9,
    unit: 'params',
    source: 'deepseek-r1-paper',
  },
  r1ActiveParams: {
    label: 'parameters active for each token',
    value: 37e9,
    unit: 'params',
    source: 'deepseek-r1-paper',
  },
  r1DistilledModels: {
    label: 'smaller distilled models released with R1 (1.5B to 70B)',
    value: 6,
    unit: 'count',
    source: 'deepseek-r1-repo',
  },
  r1ZeroAimeStart: {
    label: 'R1-Zero on AIME 2024 at the start of RL',
    value: 15.6,
    unit: '%',
    source: 'deepseek-r1-paper',
  },
  r1ZeroAimeEnd: {
    label: 'R1-Zero on AIME 2024 after RL alone (pass@1)',
    value: 71,
    unit: '%',
    source: 'deepseek-r1-paper',
    caveat: '86.7% with majority voting over 64 samples.',
  },
  // From hedge fund to AI lab
  highFlyerPeakAum: {
    label: 'High-Flyer’s assets at its 2021 peak',
    value: 100e9,
    unit: 'CNY',
    source: 'reuters-high-flyer-profile',
    caveat: 'About $14 billion; assets shrank afterwards.',
  },
  fireFlyer1Gpus: {
    label: 'Fire-Flyer 1 (2019–20)',
    value: 1_100,
    unit: 'GPUs',
    source: 'reuters-high-flyer-profile',
    caveat: 'Cost about ¥200 million.',
  },
  fireFlyer2Gpus: {
    label: 'Fire-Flyer 2 (2021)',
    value: 10_000,
    unit: 'GPUs',
    source: 'fire-flyer-paper',
    caveat: 'Nvidia A100 (PCIe), built before the export controls.',
  },
  // Efficiency engineering
  v3TotalParams: {
    label: 'DeepSeek-V3 parameters in total',
    value: 671e9,
    unit: 'params',
    source: 'deepseek-v3-paper',
  },
  v3ActiveParams: {
    label: 'active per token',
    value: 37e9,
    unit: 'params',
    source: 'deepseek-v3-paper',
  },
  v3TrainingTokens: {
    label: 'training tokens',
    value: 14.8e12,
    unit: 'tokens',
    source: 'deepseek-v3-paper',
  },
  v3ClusterGpus: {
    label: 'H800s in V3’s training cluster',
    value: 2_048,
    unit: 'GPUs',
    source: 'deepseek-v3-paper',
  },
  v3TrainingGpuHours: {
    label: 'DeepSeek-V3 full training',
    value: 2_788_000,
    unit: 'GPU-hours',
    source: 'deepseek-v3-paper',
    caveat: 'H800 hours for the official training run only; excludes prior research and ablation experiments.',
  },
  v3TrainingCostUsd: {
    label: 'V3 at the paper’s assumed $2 per H800-hour',
    value: 5_576_000,
    unit: 'USD',
    source: 'deepseek-v3-paper',
    caveat: 'Rental-equivalent GPU time, not hardware, salaries or data.',
  },
  llama31_405bGpuHours: {
    label: 'Llama 3.1 405B training',
    value: 30_840_000,
    unit: 'GPU-hours',
    source: 'llama31-model-card',
    caveat: 'H100-80GB hours; Meta publishes no dollar cost.',
  },
  r1TrainingCostUsd: {
    label: 'R1’s reasoning training, on top of V3',
    value: 294_000,
    unit: 'USD',
    source: 'nature-news-r1-cost',
    caveat: 'Covers only R1’s RL and SFT stages on 512 H800s, not the base model (about $6 million).',
  },
  v2KvCacheReduction: {
    label: 'smaller KV cache, DeepSeek-V2 vs DeepSeek 67B',
    value: 93.3,
    unit: '%',
    source: 'deepseek-v2-paper',
    caveat: 'V2 as a whole against the older dense 67B model, not MLA in isolation.',
  },
  v2ThroughputGain: {
    label: 'maximum generation throughput, V2 vs 67B',
    value: 5.76,
    unit: 'x',
    source: 'deepseek-v2-paper',
    caveat: 'Measured in a deployment that also used FP8 weights and ~6-bit KV-cache quantization: not MLA alone.',
  },
  v3KvLatentDim: {
    label: 'numbers MLA caches per token and layer for keys and values (d_c)',
    value: 512,
    unit: 'count',
    source: 'deepseek-v3-paper',
  },
  v3RopeKeyDim: {
    label: 'numbers MLA caches per token and layer for the position key (d_h^R)',
    value: 64,
    unit: 'count',
    source: 'deepseek-v3-paper',
  },
  fp8RelativeLossError: {
    label: 'FP8 training loss vs BF16, relative error below',
    value: 0.25,
    unit: '%',
    source: 'deepseek-v3-paper',
  },
})

export type FigureId = keyof typeof figures

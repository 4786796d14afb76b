import type { SourceId } from '../sources.ts'
import { defineFigures } from '../schema.ts'

/** The rise's figures (and, at the end of the talk, what came next). */
export const riseFigures = defineFigures<SourceId>()({
  r1TotalParams: {
    label: 'DeepSeek-R1 parameters in total',
    stage: 'parameters in total',
    value: 671e9,
    unit: 'params',
    source: 'deepseek-r1-paper',
    certainty: 'primary',
  },
  r1ActiveParams: {
    label: 'parameters active for each token',
    stage: 'active per token',
    value: 37e9,
    unit: 'params',
    source: 'deepseek-r1-paper',
    certainty: 'primary',
  },
  r1DistilledModels: {
    label: 'smaller distilled models released with R1 (1.5B to 70B)',
    stage: 'distilled models',
    value: 6,
    unit: 'count',
    source: 'deepseek-r1-repo',
    certainty: 'primary',
    caveat: 'Built on Qwen2.5 (Apache 2.0) and Llama 3.1/3.3 models, whose licences also apply; the small ones run on a laptop.',
  },
  r1ZeroAimeStart: {
    label: 'R1-Zero on AIME 2024 at the start of RL',
    stage: 'AIME, before RL',
    value: 15.6,
    unit: '%',
    source: 'deepseek-r1-paper',
    certainty: 'primary',
  },
  r1ZeroAimeEnd: {
    label: 'R1-Zero on AIME 2024 after RL alone (pass@1), in the peer-reviewed paper',
    stage: 'AIME, after RL alone',
    value: 77.9,
    unit: '%',
    source: 'nature-r1-paper',
    certainty: 'primary',
    caveat: 'At the end of training, step 10,400; from step 8,200 answers could be twice as long (65,536 tokens).',
  },
  r1ZeroPreprintEnd: {
    label: 'R1-Zero on AIME 2024 (pass@1) at step 8,400, the last step in the January 2025 preprint',
    stage: 'preprint, step 8,400',
    value: 71.0,
    unit: '%',
    source: 'deepseek-r1-paper',
    certainty: 'primary',
  },
  r1ZeroRlSteps: {
    label: 'reinforcement-learning steps in R1-Zero’s training (1.6 passes over its questions)',
    stage: 'RL steps in all',
    value: 10400,
    unit: 'count',
    source: 'nature-r1-paper',
    certainty: 'primary',
  },
})

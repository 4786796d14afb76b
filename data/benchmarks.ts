import type { SourceId } from './sources.ts'

export type Metric = 'pass@1 %' | 'percentile' | 'resolved %'

export type BenchmarkGroup = 'maths' | 'code' | 'knowledge'

export interface BenchmarkRow {
  name: string
  group: BenchmarkGroup
  metric: Metric
  r1: number
  o1: number
  v3: number
  o1Mini: number
}

/** DeepSeek-R1 paper, Table 4. o1 figures are OpenAI's own reported numbers, not re-run by DeepSeek. */
export const benchmarkSource: SourceId = 'deepseek-r1-paper'

export const benchmarks: BenchmarkRow[] = [
  {
    name: 'AIME 2024',
    group: 'maths',
    metric: 'pass@1 %',
    r1: 79.8,
    o1: 79.2,
    v3: 39.2,
    o1Mini: 63.6,
  },
  {
    name: 'MATH-500',
    group: 'maths',
    metric: 'pass@1 %',
    r1: 97.3,
    o1: 96.4,
    v3: 90.2,
    o1Mini: 90.0,
  },
  {
    name: 'Codeforces',
    group: 'code',
    metric: 'percentile',
    r1: 96.3,
    o1: 96.6,
    v3: 58.7,
    o1Mini: 93.4,
  },
  {
    name: 'GPQA Diamond',
    group: 'knowledge',
    metric: 'pass@1 %',
    r1: 71.5,
    o1: 75.7,
    v3: 59.1,
    o1Mini: 60.0,
  },
  {
    name: 'MMLU',
    group: 'knowledge',
    metric: 'pass@1 %',
    r1: 90.8,
    o1: 91.8,
    v3: 88.5,
    o1Mini: 85.2,
  },
  {
    name: 'SWE-bench Verified',
    group: 'code',
    metric: 'resolved %',
    r1: 49.2,
    o1: 48.9,
    v3: 42.0,
    o1Mini: 41.6,
  },
  {
    name: 'LiveCodeBench',
    group: 'code',
    metric: 'pass@1 %',
    r1: 65.9,
    o1: 63.4,
    v3: 36.2,
    o1Mini: 53.8,
  },
]

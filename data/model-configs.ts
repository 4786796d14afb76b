import type { SourceId } from './sources.ts'
import { figures } from './figures.ts'

export type Attention = 'MHA' | 'GQA' | 'MQA' | 'MLA'

/** What the KV-cache formulas of the DeepSeek-V2 paper (Table 1) need to know about a model. */
export interface AttentionConfig {
  name: string
  attention: Attention
  layers: number
  heads: number
  headDim: number
  /** GQA: number of key/value groups (heads). */
  kvGroups?: number
  /** MLA: the compressed KV dimension d_c (kv_lora_rank). */
  latentDim?: number
  /** MLA: the decoupled RoPE key dimension d_h^R. */
  ropeDim?: number
  source: SourceId
  /** True when the configuration is hypothetical (computed for comparison, not a released model). */
  derived?: boolean
}

export const attentionConfigs: AttentionConfig[] = [
  {
    name: 'DeepSeek-V3 (MLA)',
    attention: 'MLA',
    layers: 61,
    heads: 128,
    headDim: 128,
    latentDim: figures.v3KvLatentDim.value,
    ropeDim: figures.v3RopeKeyDim.value,
    source: 'deepseek-v3-paper',
  },
  {
    name: 'DeepSeek-V2 (MLA)',
    attention: 'MLA',
    layers: 60,
    heads: 128,
    headDim: 128,
    latentDim: 512,
    ropeDim: 64,
    source: 'deepseek-v2-paper',
  },
  {
    name: 'Llama 3.1 405B (GQA, 8 KV heads)',
    attention: 'GQA',
    layers: 126,
    heads: 128,
    headDim: 128,
    kvGroups: 8,
    source: 'llama-models-sku-list',
  },
  {
    name: 'MHA at V3’s size (hypothetical)',
    attention: 'MHA',
    layers: 61,
    heads: 128,
    headDim: 128,
    source: 'deepseek-v3-paper',
    derived: true,
  },
]

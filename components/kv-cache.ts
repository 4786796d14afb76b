import type { AttentionConfig } from '../data/model-configs.ts'

/**
 * KV cache per token in elements, by the DeepSeek-V2 paper's Table 1:
 *   MHA 2·n_h·d_h·l   GQA 2·n_g·d_h·l   MQA 2·d_h·l   MLA (d_c + d_h^R)·l
 */
export function kvElementsPerToken(config: AttentionConfig): number {
  const { attention, layers: l, heads, headDim } = config
  switch (attention) {
    case 'MHA':
      return 2 * heads * headDim * l
    case 'GQA':
      if (!config.kvGroups)
        throw new Error(`${config.name}: GQA needs kvGroups`)
      return 2 * config.kvGroups * headDim * l
    case 'MQA':
      return 2 * headDim * l
    case 'MLA':
      if (!config.latentDim || config.ropeDim === undefined)
        throw new Error(`${config.name}: MLA needs latentDim and ropeDim`)
      return (config.latentDim + config.ropeDim) * l
  }
}

export const ELEMENT_WIDTHS = { BF16: 2, FP8: 1 } as const
export type ElementWidth = keyof typeof ELEMENT_WIDTHS

export const CONTEXT_MIN = 4_096
export const CONTEXT_MAX = 131_072

export type ContextInput = { ok: true, tokens: number } | { ok: false, message: string }

/** Reads what the presenter typed: a whole number of tokens (4K to 128K); "32k" and "32,768" are accepted. */
export function parseContextLength(raw: string | number): ContextInput {
  const text = String(raw).trim().toLowerCase().replace(/[,_\s]/g, '')
  const match = text.match(/^(\d+(?:\.\d+)?)(k?)$/)
  if (!match)
    return { ok: false, message: 'Enter a context length in tokens, such as 32768 or 32k.' }
  const tokens = Number(match[1]) * (match[2] ? 1024 : 1)
  if (!Number.isInteger(tokens))
    return { ok: false, message: 'The context length must be a whole number of tokens.' }
  if (tokens < CONTEXT_MIN || tokens > CONTEXT_MAX)
    return { ok: false, message: `Choose between 4K (${CONTEXT_MIN.toLocaleString('en-US')}) and 128K (${CONTEXT_MAX.toLocaleString('en-US')}) tokens.` }
  return { ok: true, tokens }
}

export interface KvCacheRow {
  config: AttentionConfig
  elementsPerToken: number
  bytesPerToken: number
  /** Decimal gigabytes for one sequence of the chosen context length. */
  gigabytesPerContext: number
  /** Relative to the largest row, 0–1, for bar lengths. */
  share: number
}

export function kvCacheTable(configs: AttentionConfig[], contextTokens: number, width: ElementWidth): KvCacheRow[] {
  const bytesPerElement = ELEMENT_WIDTHS[width]
  const rows = configs.map((config) => {
    const elementsPerToken = kvElementsPerToken(config)
    const bytesPerToken = elementsPerToken * bytesPerElement
    return {
      config,
      elementsPerToken,
      bytesPerToken,
      gigabytesPerContext: bytesPerToken * contextTokens / 1e9,
      share: 0,
    }
  })
  const largest = Math.max(...rows.map(r => r.bytesPerToken))
  return rows.map(r => ({ ...r, share: r.bytesPerToken / largest }))
}

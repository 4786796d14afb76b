import type { AttentionConfig } from '../../data/model-configs.ts'
import { describe, expect, it } from 'vitest'
import { kvCacheTable, kvElementsPerToken, parseContextLength } from '../../components/kv-cache.ts'
import { attentionConfigs } from '../../data/model-configs.ts'

const base = {
  name: 'x',
  layers: 10,
  heads: 8,
  headDim: 64,
  source: 'deepseek-v2-paper',
} as const

describe('kvElementsPerToken (DeepSeek-V2 Table 1)', () => {
  it.each<[string, AttentionConfig, number]>([
    [
      'MHA 2·n_h·d_h·l',
      { ...base, attention: 'MHA' },
      2 * 8 * 64 * 10,
    ],
    [
      'GQA 2·n_g·d_h·l',
      { ...base, attention: 'GQA', kvGroups: 2 },
      2 * 2 * 64 * 10,
    ],
    [
      'MQA 2·d_h·l',
      { ...base, attention: 'MQA' },
      2 * 64 * 10,
    ],
    [
      'MLA (d_c + d_h^R)·l',
      {
        ...base,
        attention: 'MLA',
        latentDim: 256,
        ropeDim: 32,
      },
      (256 + 32) * 10,
    ],
  ])('%s', (_name, config, expected) => expect(kvElementsPerToken(config)).toBe(expected))

  it.each([
    ['DeepSeek-V3 (MLA)', 35_136],
    ['DeepSeek-V2 (MLA)', 34_560],
    ['Llama 3.1 405B (GQA, 8 KV heads)', 258_048],
    ['MHA at V3’s size (hypothetical)', 1_998_848],
  ])('matches the fact sheet for %s: %d elements', (name, expected) => {
    expect(kvElementsPerToken(attentionConfigs.find(c => c.name === name)!)).toBe(expected)
  })

  it('refuses a GQA or MLA config missing its dimensions', () => {
    expect(() => kvElementsPerToken({ ...base, attention: 'GQA' })).toThrow(/kvGroups/)
    expect(() => kvElementsPerToken({ ...base, attention: 'MLA' })).toThrow(/latentDim/)
  })
})

describe('kvCacheTable', () => {
  it('gives bytes per token and GB per context at BF16 and FP8', () => {
    const [v3, , llama, mha] = kvCacheTable(attentionConfigs, 131_072, 'BF16')
    expect(v3.bytesPerToken).toBe(70_272)
    expect(llama.bytesPerToken).toBe(516_096)
    expect(mha.bytesPerToken).toBe(3_997_696)
    expect(v3.gigabytesPerContext).toBeCloseTo(9.21, 2)
    expect(mha.share).toBe(1)
    expect(v3.share).toBeCloseTo(70_272 / 3_997_696, 6)
    const [v3fp8] = kvCacheTable(attentionConfigs, 131_072, 'FP8')
    expect(v3fp8.bytesPerToken).toBe(35_136)
  })
})

describe('parseContextLength', () => {
  it.each([
    ['32768', 32_768],
    ['32k', 32_768],
    ['128K', 131_072],
    ['4,096', 4_096],
    [8192, 8_192],
  ])('accepts %j → %d tokens', (raw, tokens) => expect(parseContextLength(raw)).toEqual({ ok: true, tokens }))

  it.each([
    ['', /Enter a context length/],
    ['abc', /Enter a context length/],
    ['-4096', /Enter a context length/],
    ['1000', /between 4K/],
    ['200k', /between 4K/],
    ['5000.5', /whole number/],
    ['Infinity', /Enter a context length/],
    ['NaN', /Enter a context length/],
  ])('rejects %j with a message, never NaN', (raw, message) => {
    const result = parseContextLength(raw)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.message).toMatch(message)
  })
})

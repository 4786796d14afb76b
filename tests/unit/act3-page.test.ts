import { describe, expect, it } from 'vitest'
import { thresholdFacts } from '../../components/act3-page.ts'

describe('the threshold chart on the page: each rule in words', () => {
  it('states the Oct 2023 notify tier as the rule has it: two TPP-and-density pairs, under the 3A090.a density', () => {
    const oct2023 = thresholdFacts().find(f => f.text.startsWith('Oct 2023 rule'))
    expect(oct2023?.text).toContain('3A090.b (notify) if TPP ≥ 2,400 with density ≥ 1.6, or TPP ≥ 1,600 with density ≥ 3.2 (density below 5.92)')
  })
  it('says what the Jan 2026 rule reviews case by case', () => {
    expect(thresholdFacts().map(f => f.text).join('\n')).toMatch(/Jan 2026 rule: case-by-case review below TPP 21,000 and 6,500 GB\/s/)
  })
})

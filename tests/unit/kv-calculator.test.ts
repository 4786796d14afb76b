// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import KvCacheCalculator from '../../components/KvCacheCalculator.vue'

describe('kvCacheCalculator', () => {
  it('shows per-token and per-sequence sizes from the formulas', () => {
    const calc = mount(KvCacheCalculator)
    const rows = calc.findAll('tbody tr').map(r => r.text())
    expect(rows[0]).toContain('68.6 KiB')
    expect(rows[0]).toContain('9.21 GB')
    expect(rows[3]).toContain('3.81 MiB')
  })

  it('recomputes when the presenter changes context and width', async () => {
    const calc = mount(KvCacheCalculator)
    await calc.find('input[inputmode]').setValue('4k')
    await calc.find('input[type=radio][value=FP8]').setValue()
    expect(calc.findAll('tbody tr')[0].text()).toContain('34.3 KiB')
    expect(calc.findAll('tbody tr')[0].text()).toContain('0.144 GB')
  })

  it.each(['abc', '-1', '999999999', ''])('shows a message for %j and never NaN, Infinity or a negative size', async (bad) => {
    const calc = mount(KvCacheCalculator)
    await calc.find('input[inputmode]').setValue(bad)
    expect(calc.find('.message.error').exists()).toBe(true)
    expect(calc.find('input[inputmode]').attributes('aria-invalid')).toBe('true')
    expect(calc.text()).not.toMatch(/NaN|Infinity|-\d/)
  })
})

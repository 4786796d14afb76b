// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Cite from '../../components/Cite.vue'
import StatCard from '../../components/StatCard.vue'
import { citationNumber } from '../../data/citations.ts'
import { figures } from '../../data/figures.ts'

describe('statCard', () => {
  it('shows the formatted figure, its label, its caveat and its citation number from data', () => {
    const card = mount(StatCard, {
      props: { figure: 'v3TrainingGpuHours', actor: 'deepseek' },
    })
    expect(card.find('.stat-value').text()).toBe('2.788 M GPU-hours')
    expect(card.find('.stat-suffix').text()).toBe('GPU-hours')
    expect(card.text()).toContain(figures.v3TrainingGpuHours.label)
    expect(card.text()).toContain('excludes prior research and ablation experiments')
    expect(card.findComponent(Cite).text()).toBe(`[${citationNumber('deepseek-v3-paper')}]`)
    expect(card.attributes('style')).toContain('--deck-deepseek')
  })

  it('hides the caveat on request', () => {
    const card = mount(StatCard, {
      props: { figure: 'v3TrainingGpuHours', showCaveat: false },
    })
    expect(card.text()).not.toContain('ablation')
  })
})

describe('cite', () => {
  it('names the source for assistive technology', () => {
    const cite = mount(Cite, {
      props: { source: 'llama31-model-card' },
    })
    expect(cite.attributes('aria-label')).toMatch(/^Source \d+: Meta, Llama 3\.1 model card/)
  })
})

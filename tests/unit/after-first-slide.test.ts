// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { afterFirstSlide } from '../../overrides/after-first-slide.ts'

const Bar = defineComponent({
  props: {
    persist: { type: Boolean, default: false },
  },
  setup: (props, { slots }) => () => h('nav', {
    'data-persist': String(props.persist),
  }, slots.default?.()),
})

describe('afterFirstSlide', () => {
  it('renders nothing on the first frame, then the component with its props and slots once idle', async () => {
    let run: (() => void) | undefined
    const Deferred = afterFirstSlide(Bar, 'DeferredBar', (r) => {
      run = r
    })
    const wrapper = mount(Deferred, {
      props: { persist: true },
      slots: {
        default: () => 'go',
      },
    })
    expect(wrapper.find('nav').exists()).toBe(false)
    expect(run).toBeTypeOf('function')
    run!()
    await nextTick()
    expect(wrapper.find('nav').attributes('data-persist')).toBe('true')
    expect(wrapper.find('nav').text()).toBe('go')
  })
})

import type { Component } from 'vue'
import { defineComponent, h, onMounted, ref } from 'vue'

/**
 * Renders `inner` only once the browser is idle after the first slide: Slidev's navigation bar and dialogs are not
 * needed for the first frame, and rendering them with the slide made one long task of the app's start (the time a
 * phone cannot respond). Props, attributes and slots pass through unchanged. `whenIdle` is the scheduler (tests
 * drive it by hand).
 */
export function afterFirstSlide(inner: Component, name: string, whenIdle: (run: () => void) => void = idle): Component {
  return defineComponent({
    name,
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      const ready = ref(false)
      onMounted(() => whenIdle(() => {
        ready.value = true
      }))
      return () => (ready.value
        ? h(inner, attrs, slots)
        : null)
    },
  })
}

/** The next idle period, or at most one second from now. */
function idle(run: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(run, { timeout: 1000 })
  else
    setTimeout(run, 200)
}

import type { Ref } from 'vue'
import { watch } from 'vue'

interface LoadableRoute {
  load: () => Promise<unknown>
}

/**
 * Fetches the code of the previous and next slides whenever the current slide changes, without mounting them.
 * The deck turns off Slidev's own preloading (`preload: false` in the headmatter defaults), which mounts every
 * slide 3 s after the first load: seconds of main-thread work on a phone. A step still never waits for the network.
 */
export function prefetchNeighbours(prev: Ref<LoadableRoute | undefined>, next: Ref<LoadableRoute | undefined>): void {
  watch([prev, next], (routes) => {
    for (const route of routes)
      void route?.load()
  }, { immediate: true })
}

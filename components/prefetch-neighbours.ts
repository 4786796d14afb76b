import type { Ref } from 'vue'
import { watch } from 'vue'

interface LoadableRoute {
  load: () => Promise<unknown>
}

/** Slidev's own choice for when a first load is over; before that, prefetching would compete with slide 1. */
export const FIRST_PREFETCH_DELAY_MS = 3000

/**
 * Fetches the code of the previous and next slides, without mounting them: first a few seconds after the deck
 * opens (so it never competes with the first slide's own requests on a slow connection), then on every move.
 * The deck turns off Slidev's own preloading (`preload: false` in the headmatter defaults), which mounts every
 * slide 3 s after the first load: seconds of main-thread work on a phone. A step still never waits for the network.
 */
export function prefetchNeighbours(prev: Ref<LoadableRoute | undefined>, next: Ref<LoadableRoute | undefined>, firstDelayMs = FIRST_PREFETCH_DELAY_MS): void {
  let started = false
  const fetchNeighbours = () => {
    for (const route of [prev.value, next.value])
      void route?.load()
  }
  setTimeout(() => {
    started = true
    fetchNeighbours()
  }, firstDelayMs)
  watch([prev, next], () => {
    if (started)
      fetchNeighbours()
  })
}

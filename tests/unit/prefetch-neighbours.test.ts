import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { FIRST_PREFETCH_DELAY_MS, prefetchNeighbours } from '../../components/prefetch-neighbours.ts'

function route() {
  return {
    load: vi.fn(async () => undefined),
  }
}

describe('prefetchNeighbours', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits out the first load, then fetches both neighbours, and the new ones after every move', async () => {
    const [a, b, c] = [
      route(),
      route(),
      route(),
    ]
    const prev = ref<ReturnType<typeof route> | undefined>(undefined)
    const next = ref<ReturnType<typeof route> | undefined>(a)
    prefetchNeighbours(prev, next)
    vi.advanceTimersByTime(FIRST_PREFETCH_DELAY_MS - 1)
    expect(a.load).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(a.load).toHaveBeenCalledTimes(1)
    prev.value = a
    next.value = b
    await nextTick()
    expect(b.load).toHaveBeenCalledTimes(1)
    next.value = c
    await nextTick()
    expect(c.load).toHaveBeenCalledTimes(1)
  })
  it('a move before the delay is not prefetched early; the delay then fetches the current neighbours', async () => {
    const [a, b] = [
      route(),
      route(),
    ]
    const next = ref<ReturnType<typeof route> | undefined>(a)
    prefetchNeighbours(ref(undefined), next)
    next.value = b
    await nextTick()
    expect(b.load).not.toHaveBeenCalled()
    vi.advanceTimersByTime(FIRST_PREFETCH_DELAY_MS)
    expect(b.load).toHaveBeenCalledTimes(1)
    expect(a.load).not.toHaveBeenCalled()
  })
  it('copes with no previous or next slide (first and last slide)', () => {
    prefetchNeighbours(ref(undefined), ref(undefined))
    expect(() => vi.runAllTimers()).not.toThrow()
  })
})

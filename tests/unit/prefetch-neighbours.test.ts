import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { prefetchNeighbours } from '../../components/prefetch-neighbours.ts'

function route() {
  return {
    load: vi.fn(async () => undefined),
  }
}

describe('prefetchNeighbours', () => {
  it('loads both neighbours at once, and the new ones after every move', async () => {
    const [a, b, c] = [
      route(),
      route(),
      route(),
    ]
    const prev = ref<ReturnType<typeof route> | undefined>(undefined)
    const next = ref<ReturnType<typeof route> | undefined>(a)
    prefetchNeighbours(prev, next)
    expect(a.load).toHaveBeenCalledTimes(1)
    prev.value = a
    next.value = b
    await nextTick()
    expect(b.load).toHaveBeenCalledTimes(1)
    next.value = c
    await nextTick()
    expect(c.load).toHaveBeenCalledTimes(1)
  })
  it('copes with no previous or next slide (first and last slide)', () => {
    expect(() => prefetchNeighbours(ref(undefined), ref(undefined))).not.toThrow()
  })
})

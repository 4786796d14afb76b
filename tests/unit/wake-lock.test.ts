import type { GestureTarget, WakeLockLike } from '../../setup/wake-lock.ts'
import { describe, expect, it } from 'vitest'
import { retryAfterGesture } from '../../setup/wake-lock.ts'

function fakeTarget() {
  const listeners = new Map<string, Set<() => void>>()
  const target: GestureTarget = {
    addEventListener: (type, fn) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn),
    removeEventListener: (type, fn) => void listeners.get(type)?.delete(fn),
  }
  const fire = (type: string) => [
    ...listeners.get(type) ?? [],
  ].forEach(fn => fn())
  const count = () => [
    ...listeners.values(),
  ].reduce((n, s) => n + s.size, 0)
  return { target, fire, count }
}

const notAllowed = () => Object.assign(new Error('Permission was denied'), { name: 'NotAllowedError' })

describe('wake lock that waits for a gesture (WebKit)', () => {
  it('a refusal without a gesture is not an error: the lock comes with the first key press', async () => {
    let calls = 0
    const lock: WakeLockLike<string> = {
      request: async () => (++calls === 1
        ? Promise.reject(notAllowed())
        : 'sentinel'),
    }
    const { target, fire, count } = fakeTarget()
    retryAfterGesture(lock, target)
    const pending = lock.request('screen')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(count()).toBe(2)
    fire('keydown')
    await expect(pending).resolves.toBe('sentinel')
    expect(calls).toBe(2)
    expect(count()).toBe(0)
  })
  it('a refusal thrown synchronously, or repeated after a gesture that did not count, keeps waiting instead of rejecting', async () => {
    let calls = 0
    const lock: WakeLockLike<string> = {
      request: (() => {
        calls++
        if (calls === 1)
          throw notAllowed()
        return calls === 2
          ? Promise.reject(notAllowed())
          : Promise.resolve('sentinel')
      }) as WakeLockLike<string>['request'],
    }
    const { target, fire } = fakeTarget()
    retryAfterGesture(lock, target)
    const pending = lock.request('screen')
    await new Promise(resolve => setTimeout(resolve, 0))
    fire('pointerdown')
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(calls).toBe(2)
    fire('keydown')
    await expect(pending).resolves.toBe('sentinel')
    expect(calls).toBe(3)
  })
  it('passes a grant straight through', async () => {
    const lock: WakeLockLike<string> = {
      request: async () => 'sentinel',
    }
    retryAfterGesture(lock, fakeTarget().target)
    await expect(lock.request('screen')).resolves.toBe('sentinel')
  })
  it('still rejects other errors', async () => {
    const lock: WakeLockLike<string> = {
      request: async () => Promise.reject(Object.assign(new Error('no'), { name: 'AbortError' })),
    }
    retryAfterGesture(lock, fakeTarget().target)
    await expect(lock.request('screen')).rejects.toThrow('no')
  })
})

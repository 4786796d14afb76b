/**
 * Safari (WebKit) refuses a screen wake lock without a user gesture, and Slidev asks once, at load, without
 * catching the refusal: an unhandled NotAllowedError on every load and a screen that may dim mid-talk. This wraps
 * `navigator.wakeLock.request` so that a refusal for want of a gesture waits for the speaker's first key press or
 * tap (the clicker counts) and asks again; the caller's promise settles with the lock then.
 */
export interface WakeLockLike<S> {
  request: (type: 'screen') => Promise<S>
}

export interface GestureTarget {
  addEventListener: (type: string, listener: () => void, options: { capture: boolean, once: boolean }) => void
  removeEventListener: (type: string, listener: () => void, options: { capture: boolean }) => void
}

export const GESTURES = ['keydown', 'pointerdown'] as const

export function retryAfterGesture<S>(wakeLock: WakeLockLike<S>, target: GestureTarget): void {
  const original = wakeLock.request.bind(wakeLock)
  wakeLock.request = type => original(type).catch((error: unknown) => {
    if ((error as { name?: string } | null)?.name !== 'NotAllowedError')
      throw error
    return new Promise<S>((resolve, reject) => {
      const retry = () => {
        for (const gesture of GESTURES)
          target.removeEventListener(gesture, retry, { capture: true })
        original(type).then(resolve, reject)
      }
      for (const gesture of GESTURES)
        target.addEventListener(gesture, retry, { capture: true, once: true })
    })
  })
}

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

/**
 * Wraps `holder.request` (WakeLock.prototype in the app, so every WakeLock object is covered however the browser hands
 * them out); the original is called with the caller's `this`.
 */
export function retryAfterGesture<S>(holder: WakeLockLike<S>, target: GestureTarget): void {
  const original = holder.request
  // A refusal, thrown or rejected, waits for the next gesture and asks again (again after a gesture that did not
  // count as one); only other errors reach the caller.
  const attempt = (self: unknown, type: 'screen'): Promise<S> => Promise.resolve().then(() => original.call(self, type)).catch((error: unknown) => {
    if ((error as { name?: string } | null)?.name !== 'NotAllowedError')
      throw error
    return new Promise<S>((resolve, reject) => {
      const retry = () => {
        for (const gesture of GESTURES)
          target.removeEventListener(gesture, retry, { capture: true })
        attempt(self, type).then(resolve, reject)
      }
      for (const gesture of GESTURES)
        target.addEventListener(gesture, retry, { capture: true, once: true })
    })
  })
  holder.request = function (this: unknown, type: 'screen'): Promise<S> {
    return attempt(this, type)
  }
}

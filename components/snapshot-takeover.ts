/**
 * The hosted deck's slide pages paint a snapshot of their slide before the app loads (scripts/site/snapshot-html.ts).
 * The app takes over only once it has drawn the slide itself: the slide's layout is in `#slideshow`, nothing is still
 * loading, its diagrams have their SVG, the fonts are in, and two frames have passed. Then the snapshot is made
 * inert and removed in the same frame, so assistive technology never meets two copies and no frame is blank.
 */

export const SNAPSHOT_SELECTOR = '#deck-snapshot'

/** Whether the app has drawn slide `no` (layout present, nothing loading, every diagram drawn). */
export function appHasDrawn(doc: Pick<Document, 'querySelector'>, no: number): boolean {
  const page = doc.querySelector(`#slideshow .slidev-page-${no}`)
  if (!page?.querySelector('.slidev-layout') || doc.querySelector('#slideshow .slidev-slide-loading'))
    return false
  return [
    ...page.querySelectorAll('.deck-diagram'),
  ].every(d => d.querySelector('svg'))
}

export interface TakeoverEnv {
  doc: Pick<Document, 'querySelector'>
  /** The slide the app shows now (it may have moved on before the snapshot goes). */
  currentNo: () => number
  frame: (callback: () => void) => unknown
  fontsReady: () => Promise<unknown>
  /** Gives up after this many frames without the app drawing (the snapshot then stays, rather than a blank screen). */
  maxFrames?: number
}

/**
 * Resolves true once the snapshot is gone (or there was none), false if the app never drew its slide in time.
 * The caller sets the page's landmarks after it.
 */
export function takeOverSnapshot(env: TakeoverEnv): Promise<boolean> {
  const snapshot = env.doc.querySelector<HTMLElement>(SNAPSHOT_SELECTOR)
  if (!snapshot)
    return Promise.resolve(true)
  const limit = env.maxFrames ?? 1800
  const twoFrames = () => new Promise<void>(resolve => env.frame(() => env.frame(resolve)))
  return new Promise<boolean>((resolve) => {
    let frames = 0
    const poll = () => {
      if (!appHasDrawn(env.doc, env.currentNo())) {
        if (++frames > limit)
          resolve(false)
        else
          env.frame(poll)
        return
      }
      void env.fontsReady().then(twoFrames).then(() => {
        if (!appHasDrawn(env.doc, env.currentNo())) {
          env.frame(poll)
          return
        }
        snapshot.inert = true
        snapshot.setAttribute('aria-hidden', 'true')
        snapshot.remove()
        resolve(true)
      })
    }
    poll()
  })
}

/** The slide area is the page's one main landmark (never the presenter's, never a second one). */
export function markMainLandmark(doc: Pick<Document, 'getElementById' | 'querySelector'>, isPresenter: boolean): void {
  const slides = doc.getElementById('slideshow')
  if (!slides || isPresenter || doc.querySelector('main, [role="main"]'))
    return
  slides.setAttribute('role', 'main')
  slides.setAttribute('aria-label', 'Slides')
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { appHasDrawn, markMainLandmark, takeOverSnapshot } from '../../components/snapshot-takeover.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A frame scheduler the test drives by hand. */
function frames() {
  const queue: Array<() => void> = []
  return {
    frame: (cb: () => void) => queue.push(cb),
    async step(n = 1) {
      for (let i = 0; i < n; i++) {
        const now = queue.splice(0)
        now.forEach(cb => cb())
        await Promise.resolve()
        await Promise.resolve()
      }
    },
  }
}

const snapshot = '<div id="deck-snapshot"><div class="slidev-page slidev-page-3"><div class="slidev-layout">snap</div></div></div>'

describe('appHasDrawn', () => {
  it.each([
    ['<div id="slideshow"><div class="slidev-page slidev-page-3"><div class="slidev-layout"></div></div></div>', true],
    ['<div id="slideshow"><div class="slidev-page slidev-page-3"></div></div>', false],
    ['<div id="slideshow"><div class="slidev-page slidev-page-4"><div class="slidev-layout"></div></div></div>', false],
    ['<div id="slideshow"><div class="slidev-page slidev-page-3"><div class="slidev-layout"></div></div><div class="slidev-slide-loading"></div></div>', false],
    ['<div id="slideshow"><div class="slidev-page slidev-page-3"><div class="slidev-layout"><div class="deck-diagram"></div></div></div></div>', false],
    ['<div id="slideshow"><div class="slidev-page slidev-page-3"><div class="slidev-layout"><div class="deck-diagram"><svg></svg></div></div></div></div>', true],
    // the snapshot's own copy is not the app's
    [snapshot, false],
  ])('%s → %s', (html, drawn) => {
    document.body.innerHTML = html
    expect(appHasDrawn(document, 3)).toBe(drawn)
  })
})

describe('takeOverSnapshot', () => {
  /** Starts a takeover on hand-driven frames; `result.done` is what it resolved to, once it has. */
  function start(currentNo: number, maxFrames?: number) {
    const f = frames()
    const result: { done?: boolean } = {}
    void takeOverSnapshot({
      doc: document,
      currentNo: () => currentNo,
      frame: f.frame,
      fontsReady: () => Promise.resolve(),
      maxFrames,
    }).then((d) => {
      result.done = d
    })
    return { step: f.step, result }
  }

  it('keeps the snapshot until the app has drawn the slide, then removes it after fonts and two frames', async () => {
    document.body.innerHTML = `${snapshot}<div id="app"></div>`
    const { step, result } = start(3)
    await step(5)
    expect(document.querySelector('#deck-snapshot')).not.toBeNull()
    document.querySelector('#app')!.innerHTML = '<div id="slideshow"><div class="slidev-page slidev-page-3"><div class="slidev-layout">app</div></div></div>'
    await step(1)
    expect(document.querySelector('#deck-snapshot')).not.toBeNull()
    await step(3)
    expect(document.querySelector('#deck-snapshot')).toBeNull()
    expect(result.done).toBe(true)
  })
  it('takes over at the slide the app moved to', async () => {
    document.body.innerHTML = `${snapshot}<div id="slideshow"><div class="slidev-page slidev-page-4"><div class="slidev-layout">app</div></div></div>`
    const { step } = start(4)
    await step(4)
    expect(document.querySelector('#deck-snapshot')).toBeNull()
  })
  it('leaves the snapshot in place when the app never draws (rather than a blank screen)', async () => {
    document.body.innerHTML = snapshot
    const { step, result } = start(3, 3)
    await step(6)
    expect(result.done).toBe(false)
    expect(document.querySelector('#deck-snapshot')).not.toBeNull()
  })
})

describe('markMainLandmark', () => {
  it.each([
    ['<div id="slideshow"></div>', false, 1],
    ['<div id="slideshow"></div>', true, 0],
    ['<main></main><div id="slideshow"></div>', false, 1],
    ['<div></div>', false, 0],
  ])('%s (presenter %s) → %d main landmarks', (html, presenter, count) => {
    document.body.innerHTML = html
    markMainLandmark(document, presenter)
    expect(document.querySelectorAll('main, [role="main"]').length).toBe(count)
  })
})

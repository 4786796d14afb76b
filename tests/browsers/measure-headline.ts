import type { HeadlineMeasure } from './measure-stage.ts'

/**
 * Runs in the page (it closes over nothing): the headline (`h1`) of slide `no`, as the stage checks judge it at
 * `atWidth` px wide: its top-left corner, how many lines it takes, and how many words its last line holds (one is an
 * orphan). No headline, or a hidden one, gives only its text.
 */
export function measureHeadline({ no, atWidth }: { no: number, atWidth: number }): HeadlineMeasure | undefined {
  const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`)
  if (!root)
    return undefined
  const h1 = root.querySelector('h1')
  const headlineText = h1?.textContent?.trim() ?? ''
  const shown = h1 !== null && h1.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !h1.closest('.sr-only')
  if (!shown)
    return { headlineText }
  const frame = root.getBoundingClientRect()
  const scale = atWidth / frame.width
  const cssScale = frame.width / root.offsetWidth
  const em = Number.parseFloat(getComputedStyle(h1).fontSize) * cssScale
  const range = document.createRange()
  range.selectNodeContents(h1)
  const lineTops = new Set([
    ...range.getClientRects(),
  ].filter(x => x.width > 1).map(x => Math.round(x.top / (em * 0.6))))
  // Each word's line, by the top of its box.
  const wordTops: number[] = []
  const texts = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT)
  for (let t = texts.nextNode(); t; t = texts.nextNode()) {
    for (const m of (t.textContent ?? '').matchAll(/\S+/g)) {
      const word = document.createRange()
      word.setStart(t, m.index)
      word.setEnd(t, m.index + m[0].length)
      const box = word.getBoundingClientRect()
      if (box.width > 1)
        wordTops.push(box.top)
    }
  }
  const lastTop = Math.max(...wordTops)
  const r = h1.getBoundingClientRect()
  return {
    headlineText,
    headline: {
      left: (r.left - frame.left) * scale,
      top: (r.top - frame.top) * scale,
      lines: lineTops.size,
      lastLineWords: wordTops.filter(top => lastTop - top < em * 0.5).length,
    },
  }
}

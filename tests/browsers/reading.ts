/**
 * Runs in the page (any engine: these close over nothing). What a person reading a long page gets: where the document
 * is scrolled to and how far it can go, and the text of each reader article that is on screen now, as drawn
 * (`innerText`, which leaves out what is not rendered), not as the DOM holds it.
 */
export interface ScrollPosition {
  /** Pixels scrolled from the top. */
  y: number
  /** The largest `y` the document allows (0: it cannot scroll). */
  max: number
  /** The window's height. */
  viewport: number
}

export function scrollPosition(): ScrollPosition {
  const s = document.scrollingElement ?? document.documentElement
  return {
    y: Math.round(s.scrollTop),
    max: Math.round(s.scrollHeight - s.clientHeight),
    viewport: window.innerHeight,
  }
}

/** Each `article[id]` that overlaps the window, with the text it shows. */
export function articlesOnScreen(): Array<{ id: string, text: string }> {
  return [
    ...document.querySelectorAll<HTMLElement>('article[id]'),
  ].filter((a) => {
    const r = a.getBoundingClientRect()
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- the text as drawn is the point: innerText leaves out what is not rendered
  }).map(a => ({ id: a.id, text: a.innerText }))
}

/** Whether the bottom of the last `article[id]` is on screen: the reader has reached the end of the page. */
export function lastArticleOnScreen(): boolean {
  const all = document.querySelectorAll<HTMLElement>('article[id]')
  const last = all[all.length - 1]
  if (!last)
    return false
  const r = last.getBoundingClientRect()
  return r.bottom <= window.innerHeight + 1 && r.bottom > 0
}

/** The articles that make the page wider than the window: with each one left out in turn, the page is narrower. */
export function articlesWideningThePage(): string[] {
  const page = document.documentElement
  const width = page.scrollWidth
  return [
    ...document.querySelectorAll<HTMLElement>('article[id]'),
  ].flatMap((a) => {
    a.style.display = 'none'
    const without = page.scrollWidth
    a.style.display = ''
    return without < width
      ? [`${a.id} (${width} px with it, ${without} px without)`]
      : []
  })
}

/**
 * Drawings that lost their size: a `.deck-drawing` narrower than half its article (it shrank to its labels), or an
 * element in one whose inline style gives it a length (a bar's `width: 40%`, a column's `height: 3rem`) but whose
 * box is under 2 px that way. A drawing set in a box that shrinks to its content (a scroll region aligning it to the
 * start) draws bars of no length: the reader still shows the numbers, but the picture is gone.
 */
export function collapsedMarks(): string[] {
  const out: string[] = []
  for (const drawing of document.querySelectorAll<HTMLElement>('.deck-drawing')) {
    const where = drawing.closest('article[id]')?.id ?? 'page'
    const box = drawing.getBoundingClientRect()
    const column = drawing.closest('article')?.getBoundingClientRect().width ?? box.width
    if (getComputedStyle(drawing).display !== 'none' && (box.width < column / 2 || box.height < 2))
      out.push(`${where}: the drawing <${drawing.tagName.toLowerCase()} class="${drawing.className}"> is ${Math.round(box.width)} × ${Math.round(box.height)} px in a ${Math.round(column)} px column (at least half its width)`)
    for (const el of drawing.querySelectorAll<HTMLElement>('[style]')) {
      if (el.closest('.page-only, [hidden]') || getComputedStyle(el).display === 'none')
        continue
      const r = el.getBoundingClientRect()
      for (const [side, drawn] of [
        ['width', r.width],
        ['height', r.height],
      ] as const) {
        const set = el.style[side]
        const amount = Number.parseFloat(set)
        if (set && amount > 0 && drawn < 2) {
          out.push(`${where}: <${el.tagName.toLowerCase()} class="${el.className}"> has ${side}: ${set} but is drawn ${Math.round(drawn)} px ${side === 'width'
            ? 'wide'
            : 'high'}`)
        }
      }
    }
  }
  return out
}

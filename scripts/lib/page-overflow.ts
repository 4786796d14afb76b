/**
 * Runs in the print page (it closes over nothing): slides whose content, on the page, runs into their source line
 * or past the bottom of the slide. The page adds citations, captions and lists to a slide (page-only), so a slide
 * that fits the stage can overflow its page; the export refuses to print it rather than ship text under the
 * source line. Each entry: the page's id ("26-0": slide 26, click 0) and by how many px.
 */
export function pageOverflows(): Array<{ id: string, px: number, into: 'source line' | 'page edge' }> {
  const out: Array<{ id: string, px: number, into: 'source line' | 'page edge' }> = []
  for (const container of document.querySelectorAll<HTMLElement>('.print-slide-container')) {
    const layout = container.querySelector('.slidev-layout')
    if (!layout)
      continue
    const footer = container.querySelector('.deck-footer')
    const edge = container.getBoundingClientRect().bottom
    const limit = footer
      ? footer.getBoundingClientRect().top
      : edge
    let lowest = -Infinity
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      // Text for screen readers only (an sr-only table) is clipped, not printed; hidden text is not drawn.
      if (!node.textContent?.trim() || !parent || parent.closest('.deck-footer, .sr-only') || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const box of range.getClientRects()) {
        if (box.width > 0 && box.height > 0)
          lowest = Math.max(lowest, box.bottom)
      }
    }
    if (lowest > limit + 1) {
      out.push({
        id: container.id,
        px: Math.round(lowest - limit),
        into: footer
          ? 'source line'
          : 'page edge',
      })
    }
  }
  return out
}

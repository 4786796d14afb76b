/**
 * Runs in the page (any engine: it closes over nothing). DOM problems of slide `no`: something outside the slide
 * canvas, text cut off by its box (a diagram label in a foreignObject that clips included), an empty slide, a
 * mermaid error.
 */
export function slideDomProblems(no: number): Array<{ kind: string, detail: string }> {
  const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`)
  if (!root) {
    return [
      { kind: 'empty', detail: 'slide element not found' },
    ]
  }
  const out: Array<{ kind: string, detail: string }> = []
  const frame = root.getBoundingClientRect()
  const tolerance = 1
  // Screen-reader-only content (1px boxes, clip-path) is meant to be invisible: skip it and everything inside.
  const visuallyHidden = (el: Element) => {
    for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
      const box = node.getBoundingClientRect()
      const style = getComputedStyle(node)
      // Visually hidden by clip-path, or by the older clip: rect(0 0 0 0) that UnoCSS's sr-only uses.
      const clipped = (style.clipPath !== 'none' && style.clipPath !== '') || (style.position === 'absolute' && style.clip.replace(/px|,|\s/g, '') === 'rect(0000)')
      if ((box.width <= 1 && box.height <= 1) || clipped)
        return true
    }
    return false
  }
  let overflowFound = false
  let clippedFound = false
  // Diagrams draw inside open shadow roots: look inside them too.
  const everything = (scope: ParentNode): HTMLElement[] => [
    ...scope.querySelectorAll<HTMLElement>('*'),
  ]
    .flatMap(el => (el.shadowRoot
      ? [
          el,
          ...everything(el.shadowRoot),
        ]
      : [el]))
  for (const el of everything(root)) {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0 || !el.checkVisibility({ opacityProperty: false, visibilityProperty: true }) || visuallyHidden(el))
      continue
    const text = () => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
    if (!overflowFound && (r.right > frame.right + tolerance || r.bottom > frame.bottom + tolerance || r.left < frame.left - tolerance || r.top < frame.top - tolerance)) {
      out.push({ kind: 'overflow', detail: `<${el.tagName.toLowerCase()}> "${text()}" extends outside the slide canvas` })
      overflowFound = true
    }
    const style = getComputedStyle(el)
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY)
    if (!clippedFound && clips && (el.scrollWidth > el.clientWidth + tolerance || el.scrollHeight > el.clientHeight + tolerance) && (el.textContent ?? '').trim()) {
      out.push({ kind: 'overflow', detail: `<${el.tagName.toLowerCase()}> "${text()}" is cut off by its box` })
      clippedFound = true
    }
  }
  // Diagram labels sit in foreignObjects sized with Chromium's text metrics at build time: where a box clips, the
  // label's text must fit inside it in this engine too.
  for (const box of everything(root).filter(el => el.tagName.toLowerCase() === 'foreignobject')) {
    if (getComputedStyle(box).overflow === 'visible' || !(box.textContent ?? '').trim())
      continue
    const range = document.createRange()
    range.selectNodeContents(box)
    const text = range.getBoundingClientRect()
    const frameBox = box.getBoundingClientRect()
    if (text.left < frameBox.left - 0.5 || text.right > frameBox.right + 0.5)
      out.push({ kind: 'overflow', detail: `diagram label "${(box.textContent ?? '').trim().slice(0, 40)}" is ${(text.width - frameBox.width).toFixed(1)} px wider than its box and cut off` })
  }
  const hasText = (root.textContent ?? '').trim().length > 0
  const hasGraphic = root.querySelector('svg, img, canvas, .mermaid, .deck-diagram') !== null
  if (!hasText && !hasGraphic)
    out.push({ kind: 'empty', detail: 'slide shows no text and no graphic' })
  for (const host of root.querySelectorAll<HTMLElement>('.mermaid')) {
    const text = host.shadowRoot?.textContent ?? host.textContent ?? ''
    if (/syntax error|parse error/i.test(text) || !host.shadowRoot?.querySelector('svg'))
      out.push({ kind: 'mermaid-error', detail: 'a mermaid diagram did not render (syntax error or no SVG)' })
  }
  if (root.querySelector('pre[border*="red"]')) {
    out.push({
      kind: 'mermaid-error',
      detail: root.querySelector('pre[border*="red"]')!.textContent!.slice(0, 80),
    })
  }
  return out
}

/** Runs in the page: slide `no` is drawn and still: no transition classes, no running animation, no loading box. */
export function slideIsStill(no: number): boolean {
  const root = document.querySelector(`#slideshow .slidev-page-${no}`)
  // The slide's own layout, not only its source line (drawn outside the layout), must have content.
  if (!root || !(root as HTMLElement).checkVisibility() || !((root.querySelector('.slidev-layout') ?? root).textContent ?? '').trim())
    return false
  if (document.querySelector('#slideshow [class*="-enter-"], #slideshow [class*="-leave-"], .slidev-slide-loading'))
    return false
  if (document.getAnimations().some(a => a.playState === 'running'))
    return false
  return [
    ...root.querySelectorAll('.deck-diagram'),
  ].every(d => d.querySelector('svg'))
}

/**
 * Runs in the page: moves the deck to `path` the way its own links do, without reloading: the router follows the
 * history entry (popstate), so a check can visit every slide on one page load.
 */
export function routeTo(path: string): void {
  history.pushState(history.state, '', path)
  dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
}

/** Runs in the page: what the capture script recorded since the last call (see capture-server.ts), then clears it. */
export function takeErrors(_: null): string[] {
  const list = (window as unknown as { __deckErrors?: string[] }).__deckErrors ?? []
  return list.splice(0, list.length)
}

/** Runs in the page: the slide number and click step from the URL the deck itself sets. */
export function currentStep(base: string): { slide: number, click: number } {
  const path = location.pathname.slice(base.length).replace(/\/$/, '')
  return {
    slide: Number(path) || 0,
    click: Number(new URLSearchParams(location.search).get('clicks') ?? 0),
  }
}

/** Runs in the page: loads axe-core from its source once, then reports serious and critical violations. */
export async function axeViolations(source: string): Promise<string[]> {
  const w = window as unknown as { axe?: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, impact: string, help: string, nodes: Array<{ target: string[] }> }> }> } }
  if (!w.axe) {
    const script = document.createElement('script')
    script.textContent = source
    document.head.append(script)
    script.remove()
  }
  const result = await w.axe!.run(document, {
    resultTypes: ['violations'],
  })
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}`))
}

/**
 * Runs in the page: a two-column Sources list must use both columns (Firefox once put a whole list in the right-hand
 * column and left the left half empty).
 */
export function sourcesColumnProblems(no: number): string[] {
  const list = document.querySelector(`#slideshow .slidev-page-${no} .sources-list`)
  if (!list)
    return []
  const box = list.getBoundingClientRect()
  const entries = [
    ...list.querySelectorAll('[id^="source-"], li, .entry'),
  ].map(e => e.getBoundingClientRect())
  if (entries.length < 4)
    return []
  const middle = box.left + box.width / 2
  const left = entries.filter(r => r.left < middle).length
  const right = entries.length - left
  return left === 0 || right === 0
    ? [`the Sources list puts all ${entries.length} entries in the ${left === 0
        ? 'right'
        : 'left'} column`]
    : []
}

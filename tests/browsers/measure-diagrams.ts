/** A box in CSS px of the page (client coordinates). */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** One diagram as drawn at this click step: what the geometry rules (diagram-geometry.ts) need. */
export interface DiagramGeometry {
  /** The diagram's accessible name (its accTitle). */
  title: string
  /** Px of a 1920-wide slide per screen px: the rules judge lengths as on a 1920 × 1080 projector. */
  scale: number
  /** The drawing's share of the evidence area: the canvas between the headline and the source line. */
  fill: number
  nodes: Array<{ label: string, shape: Box, text: Box }>
  edgeLabels: Array<{ id: string, label: string, box: Box }>
  /** Each visible edge as points along its path, about every 4 screen px. */
  edges: Array<{ id: string, label: string, points: Array<[number, number]> }>
  /** Citation markers (`sup`) shown anywhere in the diagram's figure. */
  markers: Array<{ text: string, box: Box }>
}

/**
 * Runs in the page (any engine: it closes over nothing). Measures every build-time diagram (`.deck-diagram`) of
 * slide `no` as shown now: node shapes and the ink of their text, edge labels, edge paths sampled along their
 * length in screen coordinates, citation markers. Hidden parts (a later click step's edges) are left out.
 */
export function measureDiagrams(no: number): DiagramGeometry[] {
  const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`) ?? document.querySelector<HTMLElement>(`[data-slide-no="${no}"]`)
  if (!root)
    return []
  const frame = root.getBoundingClientRect()
  const scale = 1920 / (frame.width || 1920)
  const h1 = root.querySelector('h1')
  const footer = root.querySelector('.deck-footer')
  const evidenceTop = h1
    ? h1.getBoundingClientRect().bottom
    : frame.top
  const evidenceBottom = footer && footer.getBoundingClientRect().height > 0
    ? footer.getBoundingClientRect().top
    : frame.bottom
  const evidenceArea = Math.max(1, frame.width * (evidenceBottom - evidenceTop))
  const boxOf = (r: DOMRect | DOMRectReadOnly): Box => ({
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom,
  })
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  /** The ink of an element's text: the union of its text runs' line boxes, not the (padded) boxes around them. */
  const textBox = (el: Element): Box | undefined => {
    const rects: DOMRect[] = []
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      // A later round's line is laid out but hidden: it is no ink.
      if (!text.parentElement || !shown(text.parentElement))
        continue
      const range = document.createRange()
      range.selectNodeContents(text)
      rects.push(...[
        ...range.getClientRects(),
      ].filter(r => r.width > 0 && r.height > 0))
    }
    if (!rects.length)
      return undefined
    return {
      left: Math.min(...rects.map(r => r.left)),
      top: Math.min(...rects.map(r => r.top)),
      right: Math.max(...rects.map(r => r.right)),
      bottom: Math.max(...rects.map(r => r.bottom)),
    }
  }
  const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()
  /** A label's words as read: the lines of a `<br>`-broken label joined by spaces. */
  const words = (el: Element) => {
    const copy = el.cloneNode(true) as Element
    const hidden = [
      ...el.querySelectorAll('*'),
    ].map(child => !shown(child))
    copy.querySelectorAll('*').forEach((child, i) => {
      if (hidden[i])
        child.replaceWith(' ')
    })
    for (const br of copy.querySelectorAll('br'))
      br.replaceWith(' ')
    return clean(copy.textContent)
  }
  return [
    ...root.querySelectorAll<HTMLElement>('.deck-diagram'),
  ].filter(host => shown(host)).map((host) => {
    const svg = host.querySelector('svg')
    const titleId = svg?.getAttribute('aria-labelledby') ?? ''
    const geometry: DiagramGeometry = {
      title: (titleId && clean(document.getElementById(titleId)?.textContent ?? '')) || `diagram in slide ${no}`,
      scale,
      fill: svg
        ? svg.getBoundingClientRect().width * svg.getBoundingClientRect().height / evidenceArea
        : 0,
      nodes: [],
      edgeLabels: [],
      edges: [],
      markers: [],
    }
    if (!svg)
      return geometry
    for (const node of svg.querySelectorAll('g.node')) {
      const shape = node.querySelector(':scope > :is(rect, polygon, path, circle, ellipse), :scope > g > :is(rect, polygon, path)')
      const label = node.querySelector('.nodeLabel') ?? node.querySelector('.label')
      const text = label && textBox(label)
      if (!shape || !label || !text || !shown(node))
        continue
      geometry.nodes.push({
        label: words(label),
        shape: boxOf(shape.getBoundingClientRect()),
        text,
      })
    }
    const labelOf = new Map<string, string>()
    for (const label of svg.querySelectorAll('g.edgeLabel .label[data-id], g.edgeLabel[data-id]')) {
      const text = words(label)
      const box = textBox(label)
      const id = label.getAttribute('data-id') ?? ''
      if (!text || !box || !shown(label))
        continue
      labelOf.set(id, text)
      geometry.edgeLabels.push({ id, label: text, box })
    }
    for (const path of svg.querySelectorAll<SVGPathElement>('path.flowchart-link, path[data-edge="true"]')) {
      // `A ~~~ B` lays nodes out without drawing a line: it is no edge to the reader.
      const style = getComputedStyle(path)
      if (!shown(path) || style.stroke === 'none' || Number.parseFloat(style.strokeWidth) === 0 || path.classList.contains('edge-thickness-invisible'))
        continue
      // From the path's user space to the page: its own and its groups' transforms, then the viewBox onto the
      // SVG's box. (getScreenCTM would be shorter, but WebKit leaves the slide's CSS scale out of it.)
      let toRoot = new DOMMatrix()
      for (let el: Element | null = path; el && el !== svg; el = el.parentElement) {
        const own = (el as SVGGraphicsElement).transform?.baseVal.consolidate()
        if (own) {
          toRoot = new DOMMatrix([
            own.matrix.a,
            own.matrix.b,
            own.matrix.c,
            own.matrix.d,
            own.matrix.e,
            own.matrix.f,
          ]).multiply(toRoot)
        }
      }
      const view = svg.viewBox.baseVal
      const frame = svg.getBoundingClientRect()
      const unit = frame.width / (view.width || frame.width)
      const length = path.getTotalLength()
      if (!length)
        continue
      const screenLength = length * Math.hypot(toRoot.a, toRoot.b) * unit
      const count = Math.max(8, Math.ceil(screenLength / 4))
      const points: Array<[number, number]> = []
      for (let i = 0; i <= count; i++) {
        const p = toRoot.transformPoint(path.getPointAtLength(length * i / count))
        points.push([frame.left + (p.x - view.x) * unit, frame.top + (p.y - view.y) * unit])
      }
      const id = path.getAttribute('data-id') ?? path.id
      geometry.edges.push({ id, label: labelOf.get(id) ?? '', points })
    }
    for (const sup of host.querySelectorAll('sup')) {
      if (shown(sup)) {
        geometry.markers.push({
          text: clean(sup.textContent),
          box: boxOf(sup.getBoundingClientRect()),
        })
      }
    }
    return geometry
  })
}

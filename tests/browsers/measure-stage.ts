/** One run of text on a slide, as the audience sees it. */
export interface TextRun {
  text: string
  /** Rendered font size in CSS px at a 1920-wide slide. */
  px: number
  role: 'headline' | 'read' | 'reference'
  /** WCAG contrast of the text against the background it sits on. */
  contrast: number
  /** Lines of the block (p, li, td, h1, label…) the run belongs to, and that block's name. */
  lines: number
  block: string
  /** true for text drawn in SVG (charts and diagrams, scaled with their drawing). */
  svg: boolean
  /** true for the source line under the slide. */
  footer: boolean
}

/** The headline as measured by `measureHeadline` (tests/browsers/measure-headline.ts). */
export interface HeadlineMeasure {
  /** The headline's top-left corner (px at the judged width), its lines, and the words on its last line. */
  headline?: { left: number, top: number, lines: number, lastLineWords: number }
  /** The headline's text. */
  headlineText: string
}

/** What the stage checks need of one slide at its final step (all lengths as fractions of the canvas). */
export interface StageMeasure extends HeadlineMeasure {
  runs: TextRun[]
  /** Words on screen outside the source line and citation markers; two CJK characters count as one word. */
  words: number
  /** Bottom of the headline and top of the source line (or the safe-area edge), as fractions of the height. */
  bodyTop: number
  bodyBottom: number
  /** Lowest content edge and the ink-weighted vertical centre of the content, as fractions of the height. */
  contentBottom: number
  inkCentroid: number
  /**
   * The evidence band is the area between the headline and the source line, across the layout's width (the
   * headline's left margin on both sides). Evidence share: the bounding box of everything drawn or written in it,
   * as a share of the band. Drawn share: the largest drawing (SVG, image, canvas, or an HTML chart marked
   * `.deck-chart` or `.deck-drawing`) as a share of the band; `drawn` names it.
   */
  evidenceShare: number
  drawnShare: number
  drawn: string
  /** Content that reaches into the outer band of the canvas (projector overscan), by name. */
  outsideSafeArea: string[]
  /** All text of the slide but the headline (shown or not: the page's text counts as evidence). */
  evidenceText: string
}

/**
 * Runs in the page (it closes over nothing): measures slide `no` for the stage checks. Text is sized through its
 * transform (HTML) or screen matrix (SVG) and judged as at `atWidth` px wide. Reference text is what sits inside
 * `.deck-ref`, `.deck-cite` or a Sources list; headline text is the `h1`. Content boxes are text lines, SVG drawings,
 * images and elements with a visible fill or border; the act divider's decorative edge is not content.
 */
export function measureStage({ no, atWidth, safe }: { no: number, atWidth: number, safe: number }): Omit<StageMeasure, keyof HeadlineMeasure> | undefined {
  const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`)
  if (!root)
    return undefined
  const frame = root.getBoundingClientRect()
  const scale = atWidth / frame.width
  const cssScale = frame.width / root.offsetWidth
  const hidden = (el: Element) => {
    for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
      const s = getComputedStyle(n)
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0 || n.classList.contains('sr-only'))
        return true
    }
    return false
  }
  const channel = (v: number) => {
    const c = v / 255
    return c <= 0.03928
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4
  }
  const rgba = (colour: string) => (colour.match(/[\d.]+/g) ?? ['0', '0', '0', '1']).map(Number)
  const lum = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  const background = (el: Element): number[] => {
    for (let n: Element | null = el; n; n = n.parentElement) {
      const [r, g, b, a = 1] = rgba(getComputedStyle(n).backgroundColor)
      if (a > 0.5 && getComputedStyle(n).backgroundColor !== 'transparent')
        return [r, g, b]
    }
    return rgba(getComputedStyle(root).backgroundColor)
  }
  const blockOf = (el: Element): Element => {
    for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
      if (n instanceof SVGElement)
        return n.closest('text') ?? n
      const d = getComputedStyle(n).display
      if (!['inline', 'contents'].includes(d) && n.tagName !== 'SUP')
        return n
    }
    return root
  }
  const runs: TextRun[] = []
  const linesByBlock = new Map<Element, Set<number>>()
  const boxes: Array<{ top: number, bottom: number, left: number, right: number, weight: number, name: string, furniture: boolean }> = []
  const drawings: Array<{ top: number, bottom: number, left: number, right: number, name: string }> = []
  const name = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`
  let words = 0
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    const el = node.parentElement
    if (!text || !el || hidden(el) || el.closest('style, script, title, desc'))
      continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [
      ...range.getClientRects(),
    ].filter(r => r.width > 0.5 && r.height > 0.5)
    if (!rects.length)
      continue
    const style = getComputedStyle(el)
    const font = Number.parseFloat(style.fontSize)
    // SVG text, and HTML labels inside an SVG foreignObject, scale with their drawing: size them by its screen matrix.
    const owner = el.closest('foreignObject') ?? (el instanceof SVGElement
      ? el
      : null)
    const svg = owner !== null
    const ctm = owner
      ? (owner as unknown as SVGGraphicsElement).getScreenCTM()
      : null
    const px = (ctm
      ? font * Math.hypot(ctm.a, ctm.b)
      : font * cssScale) * scale
    // Reference text: the source line, markers, attributions, source lists, and inside a data chart everything but
    // its `.stage` labels (ticks, legends), as the chart checks class it.
    const reference = el.closest('.deck-ref, .deck-cite, .sources-list, .deck-footer') !== null
      || (el.closest('.deck-chart') !== null && el.closest('.stage') === null)
    const role = el.closest('h1')
      ? 'headline'
      : reference ? 'reference' : 'read'
    const fg = rgba(el instanceof SVGElement
      ? style.fill
      : style.color)
    const bg = background(el)
    const [hi, lo] = [
      lum(fg),
      lum(bg),
    ].sort((a, b) => b - a)
    const block = blockOf(el)
    const tops = linesByBlock.get(block) ?? new Set<number>()
    for (const r of rects)
      tops.add(Math.round((r.top + r.height / 2) / (font * cssScale * 0.6)))
    linesByBlock.set(block, tops)
    const footer = el.closest('.deck-footer') !== null
    runs.push({
      text: text.slice(0, 60),
      px,
      role,
      contrast: (hi + 0.05) / (lo + 0.05),
      lines: 0,
      block: name(block),
      svg,
      footer,
    })
    if (!el.closest('.deck-footer, .deck-cite')) {
      const cjk = (text.match(/[\u3400-\u9FFF]/g) ?? []).length
      words += text.replace(/[\u3400-\u9FFF]/g, ' ').split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length + Math.ceil(cjk / 2)
    }
    for (const r of rects) {
      boxes.push({
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        weight: r.width * r.height,
        name: name(el),
        furniture: footer || el.closest('h1') !== null,
      })
    }
  }
  runs.forEach((run, i) => {
    const block = [
      ...linesByBlock.keys(),
    ].find(b => name(b) === run.block)
    runs[i].lines = block
      ? linesByBlock.get(block)!.size
      : 1
  })
  for (const el of root.querySelectorAll<Element>('svg, img, canvas, *')) {
    if (el.closest('.deck-footer, h1') || hidden(el) || (el.closest('svg') !== null && el.tagName.toLowerCase() !== 'svg'))
      continue
    const s = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    if (r.width < 2 || r.height < 2 || el === root || el.classList.contains('slidev-layout'))
      continue
    const drawn = ['svg', 'img', 'canvas'].includes(el.tagName.toLowerCase())
    if (drawn || el.matches('.deck-chart, .deck-drawing')) {
      drawings.push({
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        name: name(el),
      })
    }
    const filled = rgba(s.backgroundColor)[3] !== 0 && s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent'
    const bordered = ['Top', 'Bottom'].some(side => Number.parseFloat(s[`border${side}Width` as 'borderTopWidth']) > 0 && s[`border${side}Style` as 'borderTopStyle'] !== 'none')
    if (drawn || filled || bordered) {
      boxes.push({
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        weight: drawn || filled
          ? r.width * r.height * 0.25
          : r.width * 2,
        name: name(el),
        furniture: false,
      })
    }
  }
  const rel = (y: number) => (y - frame.top) / frame.height
  const h1 = root.querySelector('h1')
  const footer = root.querySelector('.deck-footer')
  const bodyTop = h1
    ? rel(h1.getBoundingClientRect().bottom)
    : safe
  const bodyBottom = footer && !hidden(footer)
    ? rel(footer.getBoundingClientRect().top)
    : 1 - safe
  const content = boxes.filter(b => !b.furniture)
  const contentBottom = content.length
    ? Math.max(...content.map(b => rel(b.bottom)))
    : bodyTop
  const total = content.reduce((sum, b) => sum + b.weight, 0) || 1
  const centre = content.reduce((sum, b) => sum + b.weight * (rel(b.top) + rel(b.bottom)) / 2, 0) / total
  const inkCentroid = content.length
    ? (centre - bodyTop) / Math.max(0.01, bodyBottom - bodyTop)
    : 0.5
  const outsideSafeArea = [
    ...new Set(boxes.filter((b) => {
      const [t, bo, l, ri] = [
        rel(b.top),
        rel(b.bottom),
        (b.left - frame.left) / frame.width,
        (b.right - frame.left) / frame.width,
      ]
      return t < safe - 0.001 || bo > 1 - safe + 0.001 || l < safe - 0.001 || ri > 1 - safe + 0.001
    }).map(b => b.name)),
  ]
  // The evidence band, in px of the page, and how much of it the evidence and the largest drawing cover.
  const margin = h1 && !hidden(h1)
    ? h1.getBoundingClientRect().left - frame.left
    : safe * frame.width
  const band = {
    top: frame.top + bodyTop * frame.height,
    bottom: frame.top + bodyBottom * frame.height,
    left: frame.left + margin,
    right: frame.right - margin,
  }
  const bandArea = Math.max(1, (band.right - band.left) * (band.bottom - band.top))
  const clipped = (b: { top: number, bottom: number, left: number, right: number }) => Math.max(0, Math.min(b.right, band.right) - Math.max(b.left, band.left))
    * Math.max(0, Math.min(b.bottom, band.bottom) - Math.max(b.top, band.top))
  // Everything written (text lines, filled or ruled boxes) and everything drawn (a drawing's whole box: its marks
  // may be CSS pseudo-elements, which no element stands for).
  const evidence = [
    ...content,
    ...drawings,
  ]
  const union = evidence.length
    ? {
        top: Math.min(...evidence.map(b => b.top)),
        bottom: Math.max(...evidence.map(b => b.bottom)),
        left: Math.min(...evidence.map(b => b.left)),
        right: Math.max(...evidence.map(b => b.right)),
      }
    : undefined
  const evidenceShare = union
    ? clipped(union) / bandArea
    : 0
  const largest = drawings.map(d => ({ name: d.name, share: clipped(d) / bandArea })).sort((a, b) => b.share - a.share)[0]
  const allText = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const evidenceParts: string[] = []
  for (let t = allText.nextNode(); t; t = allText.nextNode()) {
    if (!t.parentElement?.closest('h1, style, script'))
      evidenceParts.push(t.textContent ?? '')
  }
  const evidenceText = evidenceParts.join(' ').replace(/\s+/g, ' ')
  return {
    runs,
    words,
    bodyTop,
    bodyBottom,
    contentBottom,
    inkCentroid,
    evidenceShare,
    drawnShare: largest?.share ?? 0,
    drawn: largest?.name ?? 'nothing drawn',
    outsideSafeArea: outsideSafeArea.slice(0, 3),
    evidenceText,
  }
}

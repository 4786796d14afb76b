import type { Problem, StepCheck } from './walk.ts'

/** Sizes are judged as they would be at 1920 px wide, whatever the walk's viewport (review §3: C1a, C1b). */
export const CHART_RULES = {
  /** Text the audience must read (`.stage` inside a chart). */
  stagePx: 36,
  /** Any other visible text inside a chart (ticks, legends, source markers). */
  referencePx: 24,
  /** Two classes of marks with the same shape must differ at least this much in greyscale luminance. */
  greyContrast: 1.5,
  atWidth: 1920,
} as const

/**
 * On every slide with a data chart (`.deck-chart`): text big enough for the back row, no two labels overlapping, mark
 * classes that survive greyscale (a different shape, or a clear luminance difference), and swimlane items inside the
 * lane of their actor. Reports name the slide, the chart and the element.
 */
export function chartChecks(rules = CHART_RULES): StepCheck {
  return async (page, step) => {
    const found = await page.evaluate(({ no, rules }) => {
      const root = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no}`)
      if (!root)
        return []
      const out: string[] = []
      const scale = rules.atWidth / root.getBoundingClientRect().width
      const cssScale = root.getBoundingClientRect().width / root.offsetWidth
      const hidden = (el: Element) => {
        for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
          const s = getComputedStyle(n)
          if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0 || n.classList.contains('sr-only'))
            return true
        }
        return false
      }
      const name = (el: Element) => `"${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`
      const luminance = (colour: string) => {
        const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number).map((v) => {
          const c = v / 255
          return c <= 0.03928
            ? c / 12.92
            : ((c + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      for (const chart of root.querySelectorAll<HTMLElement>('.deck-chart')) {
        const which = chart.classList[0]
        const texts = [
          ...chart.querySelectorAll<SVGTextElement | HTMLElement>('text, span, li, figcaption, td, th, strong, sup, a'),
        ]
          .filter(el => !hidden(el) && [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
        for (const el of texts) {
          const font = Number.parseFloat(getComputedStyle(el).fontSize)
          // Rotated text (a vertical axis title) scales by the norm of the matrix's first column, not its first entry.
          const ctm = el instanceof SVGElement
            ? (el as SVGGraphicsElement).getScreenCTM()
            : null
          const px = ctm
            ? font * Math.hypot(ctm.a, ctm.b)
            : font * cssScale
          const at1920 = px * scale
          const stage = el.closest('.stage') !== null && el.closest('.deck-cite') === null
          const floor = stage ? rules.stagePx : rules.referencePx
          if (at1920 < floor - 0.5)
            out.push(`${which}: ${stage ? 'stage' : 'reference'} text ${name(el)} is ${at1920.toFixed(1)} px at ${rules.atWidth} wide (needs ${floor})`)
        }
        const labels = [
          ...chart.querySelectorAll<SVGTextElement>('svg text'),
        ].filter(el => !hidden(el) && el.textContent!.trim())
        const boxes = labels.map(el => ({
          el,
          r: el.getBoundingClientRect(),
        }))
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].r
            const b = boxes[j].r
            const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
            if (overlap)
              out.push(`${which}: labels ${name(boxes[i].el)} and ${name(boxes[j].el)} overlap`)
          }
        }
        const marks = [
          ...chart.querySelectorAll<SVGGElement>('.mark[data-kind]'),
        ].filter(m => !hidden(m))
        const byKind = new Map<string, { shape: string, grey: number }>()
        for (const m of marks) {
          const shape = m.querySelector<SVGPathElement>('path.shape')!
          const style = getComputedStyle(shape)
          const paint = m.dataset.hollow === 'true'
            ? style.stroke
            : style.fill
          byKind.set(m.dataset.kind!, {
            shape: m.dataset.shape!,
            grey: luminance(paint),
          })
        }
        const kinds = [
          ...byKind.entries(),
        ]
        for (let i = 0; i < kinds.length; i++) {
          for (let j = i + 1; j < kinds.length; j++) {
            const [ka, a] = kinds[i]
            const [kb, b] = kinds[j]
            const ratio = (Math.max(a.grey, b.grey) + 0.05) / (Math.min(a.grey, b.grey) + 0.05)
            if (a.shape === b.shape && ratio < rules.greyContrast)
              out.push(`${which}: marks "${ka}" and "${kb}" share the shape ${a.shape} and differ only ${ratio.toFixed(2)}:1 in greyscale`)
          }
        }
        for (const item of chart.querySelectorAll<SVGGElement>('.item[data-lane]')) {
          if (hidden(item))
            continue
          const lane = chart.querySelector(`.lane[data-lane="${item.dataset.lane}"] .lane-band`)
          const marker = item.querySelector('circle, rect')
          if (!lane || !marker)
            continue
          const l = lane.getBoundingClientRect()
          const m = marker.getBoundingClientRect()
          const centre = m.top + m.height / 2
          if (centre < l.top || centre > l.bottom)
            out.push(`${which}: an item of lane "${item.dataset.lane}" ${name(item)} is drawn outside its lane`)
        }
      }
      return out
    }, { no: step.slide, rules })
    return found.map(detail => ({
      slide: step.slide,
      click: step.click,
      kind: 'chart',
      detail,
    }) as Problem)
  }
}

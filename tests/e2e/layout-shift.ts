import type { Problem, StepCheck } from './walk.ts'

type Positions = Record<string, { x: number, y: number }>

/**
 * A walk check: stepping a click must not move what is already on the slide. Positions of the slide's visible
 * elements are compared with the previous step of the same slide; a move of more than 2 px is a layout shift.
 */
export function layoutShiftCheck(): StepCheck {
  let previous: { slide: number, positions: Positions } | undefined
  return async (page, step) => {
    const positions = await page.evaluate((no) => {
      const root = document.querySelector(`#slideshow .slidev-page-${no}`)
      const frame = root?.getBoundingClientRect()
      const out: Record<string, { x: number, y: number }> = {}
      if (!root || !frame)
        return out
      // Keyed by tag and text, so an element inserted before another does not take over its identity.
      root.querySelectorAll<HTMLElement>('h1, h2, p, li, figure, table, .stat-card, .deck-card, [data-testid]').forEach((el) => {
        if (Number.parseFloat(getComputedStyle(el).opacity) === 0 || el.closest('.slidev-vclick-hidden'))
          return
        const r = el.getBoundingClientRect()
        const key = `${el.tagName}:${el.dataset.testid ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 48)}`
        if (r.width && r.height && !(key in out))
          out[key] = { x: r.x - frame.x, y: r.y - frame.y }
      })
      return out
    }, step.slide)
    const problems: Problem[] = []
    if (previous?.slide === step.slide) {
      for (const [key, before] of Object.entries(previous.positions)) {
        const now = positions[key]
        if (now && Math.hypot(now.x - before.x, now.y - before.y) > 2)
          problems.push({ ...step, kind: 'layout-shift', detail: `<${key.split(':')[0].toLowerCase()}> "${key.slice(key.indexOf(':') + 1, key.indexOf(':') + 31)}" moved by ${Math.round(now.x - before.x)}, ${Math.round(now.y - before.y)} px when stepping to click ${step.click}` })
      }
    }
    previous = { slide: step.slide, positions }
    return problems.slice(0, 3)
  }
}

/**
 * Slide 8's curve: the points read off the preprint's figure agree with the numbers the paper prints, and the layout
 * puts each point where its step and score say (components/curve-layout.ts).
 */
import { describe, expect, it } from 'vitest'
import { CURVE_PAGE_PLOT, CURVE_PLOT, curveLayout, linear, polyline } from '../../components/curve-layout.ts'
import { figures } from '../../data/figures.ts'
import { r1ZeroCurve } from '../../data/r1-zero-curve.ts'

const { points, published } = r1ZeroCurve
function pct(value: number) {
  return {
    label: 'end',
    value,
    unit: '%' as const,
    source: 's',
    certainty: 'primary' as const,
  }
}
function count(value: number) {
  return {
    label: 'steps',
    value,
    unit: 'count' as const,
    source: 's',
    certainty: 'primary' as const,
  }
}

describe('data/r1-zero-curve.ts: points read off the preprint\'s Figure 2', () => {
  it.each([
    ['the first point, one answer', points[0].passAt1, figures[published.start].value],
    ['the last point, one answer', points.at(-1)!.passAt1, figures[published.preprintEnd].value],
    ['the last point, majority of 16 (the preprint\'s text: 86.7 %)', points.at(-1)!.majority, 86.7],
  ])('%s agrees with the paper\'s printed number to 0.2 points', (_what, read, printed) => {
    expect(Math.abs(read - printed), `read ${read} %, the paper prints ${printed} %: re-read the figure (data/r1-zero-curve.ts says how)`).toBeLessThanOrEqual(0.2)
  })

  it('reads one point every 200 steps (as the figure marks them), the majority at or above one answer', () => {
    for (const p of points) {
      expect(p.step % 200, `step ${p.step}`).toBe(0)
      expect(p.majority, `step ${p.step}: the majority of 16 answers is below the single answer`).toBeGreaterThanOrEqual(p.passAt1)
    }
  })

  it('ends before the peer-reviewed paper\'s last step, whose value it does not claim to draw', () => {
    expect(points.at(-1)!.step).toBeLessThan(figures[published.endStep].value)
    expect(figures[published.end].source).not.toBe(r1ZeroCurve.source)
  })
})

describe('components/curve-layout.ts', () => {
  it.each([
    [0, 10, 0, 100, 5, 50],
    [0, 100, 300, 0, 25, 225],
    [200, 400, 10, 20, 300, 15],
  ])('linear([%d, %d] → [%d, %d]) maps %d to %d', (d0, d1, r0, r1, v, out) => {
    expect(linear(d0, d1, r0, r1)(v)).toBeCloseTo(out)
  })

  it('refuses an empty domain', () => {
    expect(() => linear(3, 3, 0, 1)).toThrow(/empty domain/)
  })

  it('draws a path through the points', () => {
    expect(polyline([
      { x: 1, y: 2 },
      { x: 3.25, y: 4 },
    ])).toBe('M1.0 2.0 L3.3 4.0')
  })

  it('puts a point where its step and score say, on a 0–100 % scale up to the last whole thousand steps', () => {
    const layout = curveLayout({
      points: [
        { step: 5000, passAt1: 50, majority: 100 },
      ],
    }, pct(60), count(10_000))
    const right = CURVE_PLOT.width - CURVE_PLOT.right
    expect(layout.start.x).toBeCloseTo((CURVE_PLOT.left + right) / 2)
    expect(layout.start.y).toBeCloseTo((CURVE_PLOT.top + CURVE_PLOT.height - CURVE_PLOT.bottom) / 2)
    expect(layout.majorityEnd.y).toBeCloseTo(CURVE_PLOT.top)
    expect(layout.end.x).toBeCloseTo(right)
    expect(layout.at(5000, 50)).toEqual(layout.start)
    expect(layout.xTicks.filter(t => t.stage).map(t => t.label)).toEqual(['0', '5,000', '10,000'])
    expect(layout.yTicks.filter(t => t.stage).map(t => t.label)).toEqual(['0 %', '50 %', '100 %'])
  })

  it('lowers the page\'s plot without changing its width, so text keeps its size', () => {
    expect(CURVE_PAGE_PLOT.width).toBe(CURVE_PLOT.width)
    expect(CURVE_PAGE_PLOT.height).toBeLessThan(CURVE_PLOT.height)
    const page = curveLayout({
      points: [
        { step: 5000, passAt1: 50, majority: 100 },
      ],
    }, pct(60), count(10_000), CURVE_PAGE_PLOT)
    expect(page.majorityEnd.y).toBeCloseTo(CURVE_PAGE_PLOT.top)
    expect(page.yTicks[0].at).toBeCloseTo(CURVE_PAGE_PLOT.height - CURVE_PAGE_PLOT.bottom)
  })

  it.each([
    [
      'points out of order',
      [
        { step: 400, passAt1: 1, majority: 1 },
        { step: 200, passAt1: 1, majority: 1 },
      ],
      pct(50),
      count(1000),
      /does not come after step 400/,
    ],
    [
      'a score off the scale',
      [
        { step: 200, passAt1: 101, majority: 1 },
      ],
      pct(50),
      count(1000),
      /101 %, off the 0–100 % scale/,
    ],
    [
      'an end before the last point',
      [
        { step: 2000, passAt1: 1, majority: 1 },
      ],
      pct(50),
      count(1000),
      /must be a percentage after the last read step, 2000/,
    ],
    [
      'no points',
      [],
      pct(50),
      count(1000),
      /at least one point/,
    ],
  ])('refuses %s', (_what, pts, end, steps, message) => {
    expect(() => curveLayout({ points: pts }, end, steps)).toThrow(message)
  })
})

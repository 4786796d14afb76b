import type { CurvePoint, ReadOffCurve } from '../data/r1-zero-curve.ts'
import type { Figure } from '../data/schema.ts'

export interface Plot { width: number, height: number, left: number, right: number, top: number, bottom: number }

/** Slide 8's plot in canvas px (Slidev's 980 × 552 canvas): one SVG unit is one canvas px, so text keeps its size. */
export const CURVE_PLOT: Plot = {
  width: 880,
  height: 330,
  left: 60,
  right: 190,
  top: 14,
  bottom: 46,
}
/** On the page the plot is lower, not smaller, so its text keeps its size and the note on how it was read fits. */
export const CURVE_PAGE_PLOT: Plot = { ...CURVE_PLOT, height: 250 }

/** A tick; `label` only where the stage writes one (the page writes every one). */
export interface Tick { value: number, at: number, label: string, stage: boolean }

export interface CurveLayout {
  /** The read points as SVG paths and dots, per line. */
  passAt1: { path: string, dots: Array<{ x: number, y: number }> }
  majority: { path: string, dots: Array<{ x: number, y: number }> }
  /** Where the peer-reviewed end point sits, and the dotted join from the last read point to it (path not drawn). */
  end: { x: number, y: number, fromX: number, fromY: number }
  /** The first read point (the published start). */
  start: { x: number, y: number }
  /** The last read majority point. */
  majorityEnd: { x: number, y: number }
  xTicks: Tick[]
  yTicks: Tick[]
  /** Where a step and a score fall on this plot (for labels placed by the drawing). */
  at: (step: number, value: number) => { x: number, y: number }
}

/** A linear map from `[d0, d1]` onto `[r0, r1]`. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d0 === d1)
    throw new RangeError(`an empty domain [${d0}, ${d1}] cannot be scaled`)
  return v => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)
}

/** "M x y L x y …" through the points, to one decimal. */
export function polyline(points: Array<{ x: number, y: number }>): string {
  return points.map((p, i) => `${i
    ? 'L'
    : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')
}

/** Steps with a thousands separator: 10,000. */
export const steps = (n: number) => n.toLocaleString('en-GB')

/**
 * Lays out the curve against its published end: x from 0 to the last step of training (rounded up to a whole
 * thousand), y from 0 to 100 %. Throws when the points are out of order or off the scale, or the end comes before them.
 */
export function curveLayout(curve: Pick<ReadOffCurve, 'points'>, end: Figure<string>, endStep: Figure<string>, plot: Plot = CURVE_PLOT): CurveLayout {
  const { points } = curve
  if (!points.length)
    throw new RangeError('a curve needs at least one point')
  points.forEach((p: CurvePoint, i) => {
    if (i && p.step <= points[i - 1].step)
      throw new RangeError(`point ${i + 1} (step ${p.step}) does not come after step ${points[i - 1].step}`)
    for (const v of [p.passAt1, p.majority]) {
      if (!(v >= 0 && v <= 100))
        throw new RangeError(`point ${i + 1} (step ${p.step}) has ${v} %, off the 0–100 % scale`)
    }
  })
  const last = points.at(-1)!
  if (end.unit !== '%' || endStep.unit !== 'count' || endStep.value < last.step)
    throw new RangeError(`the published end (${end.value} ${end.unit} at step ${endStep.value}) must be a percentage after the last read step, ${last.step}`)
  const maxStep = Math.ceil(endStep.value / 1000) * 1000
  const x = linear(0, maxStep, plot.left, plot.width - plot.right)
  const y = linear(0, 100, plot.height - plot.bottom, plot.top)
  const at = (step: number, v: number) => ({
    x: x(step),
    y: y(v),
  })
  const pass = points.map(p => at(p.step, p.passAt1))
  const major = points.map(p => at(p.step, p.majority))
  const xTicks: Tick[] = []
  for (let s = 0; s <= maxStep; s += 1000) {
    xTicks.push({
      value: s,
      at: x(s),
      label: steps(s),
      stage: s % 5000 === 0,
    })
  }
  return {
    passAt1: {
      path: polyline(pass),
      dots: pass,
    },
    majority: {
      path: polyline(major),
      dots: major,
    },
    end: {
      ...at(endStep.value, end.value),
      fromX: pass.at(-1)!.x,
      fromY: pass.at(-1)!.y,
    },
    start: pass[0],
    majorityEnd: major.at(-1)!,
    xTicks,
    yTicks: [0, 25, 50, 75, 100].map(v => ({
      value: v,
      at: y(v),
      label: `${v} %`,
      stage: v % 50 === 0,
    })),
    at,
  }
}

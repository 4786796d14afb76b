import type { RegimeId } from '../data/chip-rules.ts'
import type { ChipId } from '../data/chips.ts'
import type { ChipClass, Derived } from './chip-metrics.ts'
import type { MarkKind, MarkShape } from './mark-kinds.ts'
import type { Step, YAxis } from './threshold-steps.ts'
import { regime, regimes } from '../data/chip-rules.ts'
import { chips } from '../data/chips.ts'
import { typeScale } from '../styles/tokens.ts'
import { chipIo, classification, density, memoryBandwidth, tpp } from './chip-metrics.ts'
import { MARK_RADIUS, markKind, SHAPES } from './mark-kinds.ts'

/**
 * The threshold chart as data: for each click step, the rule's regions and lines, and every chip as a mark at its
 * computed position. Pure, so every number the SVG draws is traceable to data/ and testable without a DOM.
 */

export * from './mark-kinds.ts'
export * from './threshold-steps.ts'

export const PLOT = {
  width: 860,
  height: 384,
  left: 84,
  right: 16,
  top: 50,
  bottom: 62,
} as const

export const X_DOMAIN: [number, number] = [1000, 50000]
export const Y_DOMAINS: Record<YAxis, [number, number]> = {
  io: [0, 1200],
  density: [0, 22],
  dram: [0, 9000],
}
export const Y_TITLES: Record<YAxis, string> = {
  io: 'Chip-to-chip links, GB/s',
  density: 'Compute per mm² of die',
  dram: 'Memory bandwidth, GB/s',
}
export const X_TITLE = 'TPP, log scale'

export interface Mark {
  key: string
  label: string
  kind: MarkKind
  shape: MarkShape
  /** Estimates (or values derived from one) are drawn hollow. */
  hollow: boolean
  /** A plotted value comes from press or dealer sheets: the label carries an asterisk. */
  secondary: boolean
  /** Centre, and for ranges the box's half extents (0 for a point). */
  x: number
  y: number
  rx: number
  ry: number
  /** Where the label goes: beside the mark, on the side with room. */
  lx: number
  ly: number
  anchor: 'start' | 'end'
}

/** Rough label width at the stage label size (Inter averages about 0.56 em a character). */
/** Chip labels are stage text: the body step of the type scale. */
export const LABEL_SIZE = typeScale.body
const labelWidth = (text: string) => text.length * LABEL_SIZE * 0.56

/** Puts each label right of its mark, or left when another mark or the plot edge is in the way. */
export function placeLabels(list: Mark[]): Mark[] {
  return list.map((m) => {
    const width = labelWidth(m.label)
    const gap = 2 * MARK_RADIUS + m.rx + 8
    const blocked = (from: number, to: number) => to > PLOT.width - 4 || from < 4 || list.some(o => o !== m && Math.abs(o.y - m.y) < LABEL_SIZE && o.x + o.rx + MARK_RADIUS > from && o.x - o.rx - MARK_RADIUS < to)
    const right = !blocked(m.x + gap, m.x + gap + width)
    return {
      ...m,
      lx: right
        ? m.x + gap
        : m.x - gap,
      ly: m.y + LABEL_SIZE * 0.35,
      anchor: right ? 'start' as const : 'end' as const,
    }
  })
}

export interface Region { key: string, x: number, y: number, width: number, height: number, kind: 'controlled' | 'notify' | 'review', label: string, labelAt: 'top' | 'bottom' }
export interface RuleLine { key: string, x1: number, y1: number, x2: number, y2: number, label: string, lx: number, ly: number, anchor: 'start' | 'end' }
/** An axis tick; `stage: false` ticks are drawn on the page only (fewer words on the stage). */
export interface Tick { value: number, label: string, at: number, stage?: boolean }

const px = {
  x: (v: number) => PLOT.left + (Math.log10(v) - Math.log10(X_DOMAIN[0])) / (Math.log10(X_DOMAIN[1]) - Math.log10(X_DOMAIN[0])) * (PLOT.width - PLOT.left - PLOT.right),
  y: (axis: YAxis, v: number) => PLOT.height - PLOT.bottom - (v - Y_DOMAINS[axis][0]) / (Y_DOMAINS[axis][1] - Y_DOMAINS[axis][0]) * (PLOT.height - PLOT.top - PLOT.bottom),
}
export const scale = px

const clampX = (v: number) => Math.min(Math.max(v, X_DOMAIN[0]), X_DOMAIN[1])
const clampY = (axis: YAxis, v: number) => Math.min(Math.max(v, Y_DOMAINS[axis][0]), Y_DOMAINS[axis][1])
const fmt = (n: number) => n.toLocaleString('en-US')

function rect(axis: YAxis, key: string, kind: Region['kind'], label: string, x0: number, x1: number, y0: number, y1: number, labelAt: Region['labelAt'] = 'top'): Region {
  const left = px.x(clampX(x0))
  const right = px.x(clampX(x1))
  const top = px.y(axis, clampY(axis, y1))
  const bottom = px.y(axis, clampY(axis, y0))
  return {
    key,
    kind,
    label,
    labelAt,
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
  }
}

function yValue(axis: YAxis, id: ChipId): Derived | undefined {
  const chip = chips[id]
  return axis === 'io'
    ? chipIo(chip)
    : axis === 'density'
      ? density(chip)
      : memoryBandwidth(chip)
}

const classes = Object.fromEntries(Object.entries(chips).map(([id, chip]) => [
  id,
  classification(chip, id, regimes),
])) as Record<ChipId, Record<RegimeId, ChipClass>>

export function chipClass(id: ChipId, at: RegimeId): ChipClass {
  return classes[id][at]
}

/** Marks for a step; chips at the same point share one mark with a joined label ("A100 / A800"). */
export function marks(step: Step): Mark[] {
  const out: Mark[] = []
  for (const id of step.chips) {
    const t = tpp(chips[id])
    const y = yValue(step.yAxis, id)
    if (!y)
      throw new Error(`${chips[id].name} has no value for the ${step.yAxis} axis: add it in data/chips.ts or leave the chip off this step.`)
    const kind = markKind(chipClass(id, step.regime))
    const x0 = px.x(t.min)
    const x1 = px.x(t.max)
    const y0 = px.y(step.yAxis, y.min)
    const y1 = px.y(step.yAxis, y.max)
    const mark: Mark = {
      key: id,
      label: chips[id].name,
      kind,
      shape: SHAPES[kind],
      hollow: t.provenance === 'estimate' || y.provenance === 'estimate',
      secondary: t.provenance === 'secondary' || y.provenance === 'secondary',
      x: (x0 + x1) / 2,
      y: (y0 + y1) / 2,
      rx: (x1 - x0) / 2,
      ry: (y0 - y1) / 2,
      lx: 0,
      ly: 0,
      anchor: 'start',
    }
    const same = out.find(m => Math.abs(m.x - mark.x) < 0.5 && Math.abs(m.y - mark.y) < 0.5 && m.kind === mark.kind)
    if (same) {
      same.label = `${same.label} / ${mark.label}`
      same.secondary ||= mark.secondary
      same.hollow ||= mark.hollow
    }
    else {
      out.push(mark)
    }
  }
  return placeLabels(out.map(m => ({
    ...m,
    label: m.secondary
      ? `${m.label}*`
      : m.label,
  })))
}

/** The rule's shaded regions and threshold lines, in plot pixels, from the regime's thresholds. */
export function ruleShapes(step: Step): { regions: Region[], lines: RuleLine[] } {
  const rule = regime(step.regime).rule
  const axis = step.yAxis
  const [xMin, xMax] = X_DOMAIN
  const [, yMax] = Y_DOMAINS[axis]
  const vLine = (key: string, v: number, label: string, y0: number, y1: number): RuleLine => ({
    key,
    x1: px.x(v),
    x2: px.x(v),
    y1: px.y(axis, y1),
    y2: px.y(axis, y0),
    label,
    lx: px.x(v) - 6,
    ly: px.y(axis, y1) + 18,
    anchor: 'end',
  })
  const hLine = (key: string, v: number, label: string, x0: number, x1: number): RuleLine => ({
    key,
    x1: px.x(x0),
    x2: px.x(x1),
    y1: px.y(axis, v),
    y2: px.y(axis, v),
    label,
    lx: px.x(x1) - 6,
    ly: px.y(axis, v) - 6,
    anchor: 'end',
  })
  switch (rule.kind) {
    case 'tpp-and-io':
      return {
        regions: [
          rect(axis, 'licence', 'controlled', 'Licence needed', rule.tpp, xMax, rule.io, yMax),
        ],
        lines: [
          vLine('tpp', rule.tpp, fmt(rule.tpp), rule.io, yMax),
          hLine('io', rule.io, `${fmt(rule.io)} GB/s`, rule.tpp, xMax),
        ],
      }
    case 'tpp-and-density':
    case 'letter': {
      const r = regime('oct-2023').rule
      if (r.kind !== 'tpp-and-density')
        throw new Error('The Oct 2023 regime must be a TPP and density rule.')
      return {
        regions: [
          rect(axis, 'a-tpp', 'controlled', 'Licence (3A090.a)', r.aTpp, xMax, 0, yMax),
          rect(axis, 'a-density', 'controlled', '', r.aTppWithDensity, r.aTpp, r.aDensity, yMax),
          rect(axis, 'b-low', 'notify', '', r.bTpp, r.aTpp, r.bDensityLow, r.aDensity),
          rect(axis, 'b-high', 'notify', '', r.aTppWithDensity, r.bTpp, r.bDensityHigh, r.aDensity),
        ],
        lines: [
          vLine('a-tpp', r.aTpp, fmt(r.aTpp), 0, yMax),
          vLine('b-tpp', r.bTpp, fmt(r.bTpp), 0, r.aDensity),
          {
            ...hLine('b-high', r.bDensityHigh, String(r.bDensityHigh), xMin, r.bTpp),
            lx: px.x(xMin) + 6,
            anchor: 'start',
          },
        ],
      }
    }
    case 'review':
      return {
        regions: [
          rect(axis, 'denial-tpp', 'controlled', 'Presumed denial', rule.tpp, xMax, 0, yMax, 'bottom'),
          rect(axis, 'denial-dram', 'controlled', '', xMin, rule.tpp, rule.dram, yMax),
          rect(axis, 'review', 'review', 'Case-by-case', xMin, rule.tpp, 0, rule.dram, 'bottom'),
        ],
        lines: [
          vLine('tpp', rule.tpp, fmt(rule.tpp), 0, yMax),
          {
            ...hLine('dram', rule.dram, fmt(rule.dram), xMin, rule.tpp),
            lx: px.x(xMin) + 6,
            anchor: 'start',
          },
        ],
      }
  }
}

export function xTicks(): Tick[] {
  return [1000, 2000, 5000, 10000, 20000, 50000].map(v => ({
    value: v,
    stage: v === 1000 || v === 10000,
    label: v >= 1000
      ? `${v / 1000}k`
      : String(v),
    at: px.x(v),
  }))
}

export function yTicks(axis: YAxis): Tick[] {
  const [, max] = Y_DOMAINS[axis]
  const step = axis === 'io'
    ? 300
    : axis === 'density'
      ? 5
      : 3000
  const out: Tick[] = []
  for (let v = 0; v <= max; v += step) {
    out.push({
      value: v,
      label: fmt(v),
      at: px.y(axis, v),
    })
  }
  return out
}

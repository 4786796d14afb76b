import type { Release, SaleWindow } from '../data/china-chips-timeline.ts'
import type { PolicyEvent } from '../data/export-controls.ts'
import type { Certainty } from '../data/schema.ts'
import type { Placement, Span } from './label-rows.ts'
import { AS_OF } from '../data/as-of.ts'
import { certaintyQualifier } from '../data/certainty.ts'
import { releases, saleWindows } from '../data/china-chips-timeline.ts'
import { exportControlEvents } from '../data/export-controls.ts'
import { typeScale } from '../styles/tokens.ts'
import { assignRows, placeLeaderLabels } from './label-rows.ts'

/**
 * The swimlane timeline as data: a proportional time axis, one lane per actor (so the actor survives greyscale),
 * label rows assigned so nothing overlaps, and one build step per period. Pure; the SFC only draws it.
 */

export { assignRows, placeLeaderLabels } from './label-rows.ts'
export type { Placement, Span } from './label-rows.ts'

export type LaneId = 'washington' | 'nvidia' | 'deepseek' | 'beijing'

/**
 * Lanes top to bottom. Point lanes put every marker on the lane's baseline and stack labels in rows above it;
 * the bar lane stacks sale windows in rows. `rows` counts label or bar rows.
 */
export const LANES: Array<{ id: LaneId, label: string, actor: 'usgov' | 'industry' | 'deepseek' | 'beijing', rows: number, bars: boolean }> = [
  {
    id: 'washington',
    label: 'Washington',
    actor: 'usgov',
    rows: 3,
    bars: false,
  },
  {
    id: 'nvidia',
    label: 'Nvidia',
    actor: 'industry',
    rows: 2,
    bars: true,
  },
  {
    id: 'deepseek',
    label: 'DeepSeek',
    actor: 'deepseek',
    rows: 2,
    bars: false,
  },
  {
    id: 'beijing',
    label: 'Beijing',
    actor: 'beijing',
    rows: 2,
    bars: false,
  },
]

/** Build steps: what the audience sees after each click. A period ends the day before its `until`. */
export const PERIODS = [
  { label: 'Rules and a workaround', until: '2024-01-01' },
  { label: 'The squeeze tightens', until: '2025-07-01' },
  { label: 'Both capitals swing', until: '2027-01-01' },
] as const

export const AXIS = { from: '2022-10-01', to: '2026-12-31' } as const
export const LAYOUT = {
  width: 860,
  laneLabelWidth: 150,
  right: 12,
  top: 4,
  rowHeight: 26,
  barHeight: 28,
  baseline: 22,
  laneGap: 8,
  axisHeight: 30,
  labelSize: typeScale.body,
} as const

/** Days since the epoch for an ISO date (YYYY-MM means the first of the month). */
export function day(iso: string): number {
  const [y, m, d = '1'] = iso.split('-')
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000
}

export function xOf(iso: string): number {
  const span = day(AXIS.to) - day(AXIS.from)
  const left = LAYOUT.laneLabelWidth
  return left + (day(iso) - day(AXIS.from)) / span * (LAYOUT.width - left - LAYOUT.right)
}

export function periodOf(iso: string): number {
  const i = PERIODS.findIndex(p => day(iso) < day(p.until))
  if (i < 0)
    throw new Error(`The date ${iso} is after the swimlane's last period: extend PERIODS in components/swimlane.ts.`)
  return i
}

/** Rough width of a label at the stage size, bold Inter (about 0.58 em a character). */
export const textWidth = (text: string) => text.length * LAYOUT.labelSize * 0.58

export interface LaneItem {
  key: string
  lane: LaneId
  kind: 'event' | 'window' | 'release'
  label: string
  /** Tick-only events carry no stage label (row -1). */
  labelled: boolean
  x: number
  /** Bars only: their right end. */
  x2?: number
  hatched?: boolean
  /** Inside a bar, after it, or before it (bars at the edge, and point labels that need the room on the left). */
  labelSide: 'inside' | 'right' | 'left'
  row: number
  period: number
  /** For the page: when, what, and the source ids. */
  date: string
  detail: string
  certainty: Certainty
  /** '' | 'reported' | 'alleged': not-primary items are drawn hollow (markers) or dashed (bars), and say so. */
  qualifier: string
  hollow: boolean
}

function laneOfEvent(e: PolicyEvent): LaneId {
  return e.actor === 'beijing'
    ? 'beijing'
    : 'washington'
}

/** Everything the swimlane draws, with rows assigned per lane. */
export function laneItems(events: PolicyEvent[] = exportControlEvents, windows: SaleWindow[] = saleWindows, models: Release[] = releases): LaneItem[] {
  const items: Array<Omit<LaneItem, 'row' | 'qualifier' | 'hollow'> & Span> = [
    ...events.map((e, i) => {
      const x = xOf(e.date)
      const label = e.stage ?? ''
      return {
        key: `e${i}`,
        lane: laneOfEvent(e),
        kind: 'event' as const,
        label,
        labelled: label !== '',
        x,
        labelSide: 'right' as const,
        start: x,
        end: x,
        period: periodOf(e.date),
        date: e.date,
        detail: `${e.title}. ${e.detail}`,
        certainty: e.certainty,
      }
    }),
    ...windows.map((w, i) => {
      const x = xOf(w.from)
      const x2 = xOf(w.to ?? AS_OF)
      const width = textWidth(w.stage)
      const labelSide = width + 16 <= x2 - x
        ? 'inside' as const
        : x2 + 8 + width <= LAYOUT.width
          ? 'right' as const
          : 'left' as const
      const start = labelSide === 'left'
        ? x - 8 - width
        : x
      const end = labelSide === 'right'
        ? x2 + 8 + width
        : x2
      return {
        key: `w${i}`,
        lane: 'nvidia' as const,
        kind: 'window' as const,
        label: w.stage,
        labelled: true,
        x,
        x2,
        hatched: w.sales === 'licensed',
        labelSide,
        start,
        end,
        period: periodOf(w.from),
        date: w.from,
        detail: w.detail,
        certainty: w.certainty,
      }
    }),
    ...models.map((r, i) => {
      const x = xOf(r.date)
      return {
        key: `r${i}`,
        lane: 'deepseek' as const,
        kind: 'release' as const,
        label: r.model,
        labelled: true,
        x,
        labelSide: 'right' as const,
        start: x,
        end: x,
        period: periodOf(r.date),
        date: r.date,
        detail: r.detail,
        certainty: 'primary' as const,
      }
    }),
  ]
  const rows = new Map<string, Placement>()
  for (const lane of LANES) {
    const mine = items.filter(it => it.lane === lane.id && it.labelled)
    if (lane.bars) {
      assignRows(mine, lane.rows, mine.map(m => m.label)).forEach((row, i) => rows.set(mine[i].key, { row, side: 'right' }))
    }
    else {
      placeLeaderLabels(mine.map(m => ({
        x: m.x,
        width: textWidth(m.label),
      })), lane.rows, mine.map(m => m.label), undefined, xOf(AS_OF) - 4).forEach((p, i) => rows.set(mine[i].key, p))
    }
  }
  return items.map(({ start: _s, end: _e, ...it }) => {
    const placement = rows.get(it.key)
    const qualifier = certaintyQualifier(it.certainty)
    return {
      ...it,
      row: placement?.row ?? -1,
      labelSide: it.kind === 'window'
        ? it.labelSide
        : placement?.side ?? 'right',
      qualifier,
      hollow: qualifier !== '',
    }
  })
}

export function laneHeight(lane: (typeof LANES)[number]): number {
  return lane.bars
    ? lane.rows * (LAYOUT.barHeight + 6)
    : lane.rows * LAYOUT.rowHeight + LAYOUT.baseline
}

/** Top of each lane, and the total height the lanes and the axis need. */
export function laneTops(): { tops: Record<LaneId, number>, height: number } {
  const tops = {} as Record<LaneId, number>
  let y = LAYOUT.top
  for (const lane of LANES) {
    tops[lane.id] = y
    y += laneHeight(lane) + LAYOUT.laneGap
  }
  return { tops, height: y + LAYOUT.axisHeight }
}

export function yearTicks(): Array<{ label: string, x: number }> {
  const first = Number(AXIS.from.slice(0, 4)) + 1
  const last = Number(AXIS.to.slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    label: String(first + i),
    x: xOf(`${first + i}-01-01`),
  }))
}

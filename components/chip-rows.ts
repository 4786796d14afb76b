import type { ChipId, Measure, Provenance } from '../data/chips.ts'
import type { SourceId } from '../data/sources.ts'
import type { ChipClass, Derived } from './chip-metrics.ts'
import { regimes } from '../data/chip-rules.ts'
import { chipIds, chipMeasures, chips } from '../data/chips.ts'
import { chipIo, classification, density, memoryBandwidth, tpp } from './chip-metrics.ts'

/** The chart's accessible alternative and the handout's data table: every chip, its values and its class per rule. */

export const PROVENANCE_MARK: Record<Provenance, string> = {
  official: 'O',
  secondary: 'S',
  derived: 'D',
  estimate: 'E',
}
export const PROVENANCE_WORDS: Record<Provenance, string> = {
  official: 'official datasheet',
  secondary: 'press or dealer figures',
  derived: 'computed from official values',
  estimate: 'estimate',
}

export const CLASS_LABELS: Record<ChipClass, string> = {
  'licence': 'licence',
  'no-licence': 'no licence',
  '3A090.a': 'licence (.a)',
  '3A090.b': 'notify (.b)',
  'outside-3A090': 'not controlled',
  'letter': 'licence (letter)',
  'case-by-case': 'case by case',
  'presumed-denial': 'presumed denial',
  'not-applicable': 'n/a',
  'straddles': 'uncertain',
}

export interface Cell {
  text: string
  provenance?: Provenance
}

export interface ChipRow {
  id: ChipId
  name: string
  tpp: Cell
  density: Cell
  io: Cell
  memory: Cell
  classes: string[]
  sources: SourceId[]
}

function number(v: number, digits: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

/** "4,992" or "12,000–12,800", with the value's provenance. */
export function cell(value: Derived | Measure | undefined, digits = 0): Cell {
  if (!value)
    return { text: '—' }
  const text = value.min === value.max
    ? number(value.min, digits)
    : `${number(value.min, digits)}–${number(value.max, digits)}`
  return { text, provenance: value.provenance }
}

export function chipRows(): ChipRow[] {
  return chipIds.map((id) => {
    const chip = chips[id]
    const classes = classification(chip, id, regimes)
    const measures = chipMeasures(chip)
    return {
      id,
      name: chip.name,
      tpp: cell(tpp(chip)),
      density: cell(density(chip), 2),
      io: cell(chipIo(chip)),
      memory: cell(memoryBandwidth(chip)),
      classes: regimes.map(r => CLASS_LABELS[classes[r.id]]),
      sources: [
        ...new Set(measures.map(m => m.source)),
      ],
    }
  })
}

export const TABLE_HEADINGS = [
  'Chip',
  'TPP',
  'Density',
  'Links, GB/s',
  'Memory, GB/s',
  ...regimes.map(r => r.label.replace(/ (rule|letter)$/, '')),
]

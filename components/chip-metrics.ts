import type { Regime, RegimeRule } from '../data/chip-rules.ts'
import type { Chip, Measure, Provenance } from '../data/chips.ts'

/** A derived value: a range, and the weakest provenance of its inputs ('derived' when every input is official). */
export interface Derived {
  min: number
  max: number
  provenance: Provenance
}

const STRENGTH: Provenance[] = [
  'official',
  'derived',
  'secondary',
  'estimate',
]

/** The weaker of two provenances: a value computed from an estimate is an estimate. */
export function weakest(...inputs: Provenance[]): Provenance {
  return inputs.reduce((worst, p) => (STRENGTH.indexOf(p) > STRENGTH.indexOf(worst)
    ? p
    : worst), 'derived' as Provenance)
}

function fromMeasure(m: Measure): Derived {
  return { min: m.min, max: m.max, provenance: m.provenance }
}

/** TPP = dense TOPS × bit length, the highest over the chip's precisions (3A090 Technical Note). */
export function tpp(chip: Chip): Derived {
  if (chip.throughput.length === 0)
    throw new Error(`${chip.name} has no throughput figure, so its TPP cannot be computed: add one in data/chips.ts.`)
  const each = chip.throughput.map(t => ({ min: t.tops.min * t.bits, max: t.tops.max * t.bits, provenance: t.tops.provenance }))
  const best = each.reduce((a, b) => (b.max > a.max
    ? b
    : a))
  return {
    min: Math.max(...each.map(e => e.min)),
    max: best.max,
    provenance: weakest(best.provenance),
  }
}

/** Performance density = TPP / applicable die area (mm²); undefined when the die area is unknown. */
export function density(chip: Chip): Derived | undefined {
  if (!chip.dieArea)
    return undefined
  const t = tpp(chip)
  return {
    min: t.min / chip.dieArea.max,
    max: t.max / chip.dieArea.min,
    provenance: weakest(t.provenance, chip.dieArea.provenance),
  }
}

/** Aggregate chip-to-chip I/O as the 2022 rule counted it: every link to another chip (NVLink + PCIe). */
export function chipIo(chip: Chip): Derived | undefined {
  if (!chip.chipLinks)
    return undefined
  const host = chip.hostLink ?? {
    min: 0,
    max: 0,
    provenance: 'official' as const,
    source: chip.chipLinks.source,
  }
  return {
    min: chip.chipLinks.min + host.min,
    max: chip.chipLinks.max + host.max,
    provenance: weakest(chip.chipLinks.provenance, host.provenance),
  }
}

export function memoryBandwidth(chip: Chip): Derived | undefined {
  return chip.memoryBandwidth && fromMeasure(chip.memoryBandwidth)
}

/** What a rule says about a chip. 'straddles' when a range of estimates falls on both sides of a line. */
export type ChipClass
  = | 'licence' | 'no-licence'
    | '3A090.a' | '3A090.b' | 'outside-3A090'
    | 'letter'
    | 'case-by-case' | 'presumed-denial'
    | 'not-applicable' | 'straddles'

/** Classes under which a licence is needed (or presumed denied): the chart draws them as squares. */
export const CONTROLLED: ReadonlySet<ChipClass> = new Set([
  'licence',
  '3A090.a',
  '3A090.b',
  'letter',
  'presumed-denial',
])

function classify2023(rule: Extract<RegimeRule, { kind: 'tpp-and-density' }>, t: number, pd: number): ChipClass {
  if (t >= rule.aTpp || (t >= rule.aTppWithDensity && pd >= rule.aDensity))
    return '3A090.a'
  const b1 = t >= rule.bTpp && t < rule.aTpp && pd >= rule.bDensityLow && pd < rule.aDensity
  const b2 = t >= rule.aTppWithDensity && pd >= rule.bDensityHigh && pd < rule.aDensity
  return b1 || b2
    ? '3A090.b'
    : 'outside-3A090'
}

function classifyAt(rule: RegimeRule, chip: Chip, chipId: string, end: 'min' | 'max'): ChipClass {
  const t = tpp(chip)[end]
  switch (rule.kind) {
    case 'tpp-and-io': {
      const io = chipIo(chip)
      if (!io)
        return 'not-applicable'
      return t >= rule.tpp && io[end] >= rule.io
        ? 'licence'
        : 'no-licence'
    }
    case 'tpp-and-density': {
      const pd = density(chip)
      return pd
        ? classify2023(rule, t, pd[end])
        : 'not-applicable'
    }
    case 'letter':
      return rule.chips.includes(chipId as never)
        ? 'letter'
        : 'not-applicable'
    case 'review': {
      const bw = memoryBandwidth(chip)
      if (!bw)
        return 'not-applicable'
      return t < rule.tpp && bw[end] < rule.dram
        ? 'case-by-case'
        : 'presumed-denial'
    }
  }
}

/** How one regime's thresholds treat a chip, from the chip's values alone; ranges that cross a line 'straddle'. */
export function classify(chip: Chip, chipId: string, rule: RegimeRule): ChipClass {
  const low = classifyAt(rule, chip, chipId, 'min')
  const high = classifyAt(rule, chip, chipId, 'max')
  return low === high
    ? low
    : 'straddles'
}

/**
 * What applies to a chip after each regime: the letter of April 2025 adds to the 2023 thresholds (a chip it does not
 * name keeps its 2023 class), and the 2026 review overlay applies only to chips the 2023 thresholds control.
 */
export function classification(chip: Chip, chipId: string, all: Regime[]): Record<Regime['id'], ChipClass> {
  const out = {} as Record<Regime['id'], ChipClass>
  let previous: ChipClass = 'not-applicable'
  for (const r of all) {
    const own = classify(chip, chipId, r.rule)
    if (r.rule.kind === 'letter') {
      out[r.id] = own === 'letter'
        ? own
        : previous
    }
    else if (r.rule.kind === 'review') {
      out[r.id] = previous === '3A090.a' || previous === '3A090.b' || previous === 'straddles'
        ? own
        : previous
    }
    else {
      out[r.id] = own
    }
    previous = out[r.id]
  }
  return out
}

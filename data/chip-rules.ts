import type { ChipId } from './chips.ts'
import type { SourceId } from './sources.ts'

/**
 * The U.S. rules that decide whether a chip needs a licence for China, as thresholds (fact-check Part 3a).
 * TPP is 'total processing performance' (dense TOPS × bit length); PD is TPP per mm² of logic die.
 */
export interface Regime2022 {
  kind: 'tpp-and-io'
  /** Licence needed only if TPP ≥ tpp AND chip-to-chip I/O ≥ io (GB/s). */
  tpp: number
  io: number
}

export interface Regime2023 {
  kind: 'tpp-and-density'
  /** 3A090.a: TPP ≥ aTpp, or TPP ≥ aTppWithDensity and PD ≥ aDensity. */
  aTpp: number
  aTppWithDensity: number
  aDensity: number
  /** 3A090.b: (bTpp ≤ TPP < aTpp and bDensityLow ≤ PD < aDensity) or (TPP ≥ aTppWithDensity and bDensityHigh ≤ PD < aDensity). */
  bTpp: number
  bDensityLow: number
  bDensityHigh: number
}

export interface RegimeLetter {
  kind: 'letter'
  /** Chips named by the 'is-informed' letter: no threshold, memory and link bandwidth like the H20's. */
  chips: ChipId[]
}

export interface Regime2026 {
  kind: 'review'
  /** Case-by-case review for 3A090 chips with TPP < tpp and DRAM bandwidth < dram (GB/s); otherwise presumption of denial. */
  tpp: number
  dram: number
}

export type RegimeRule = Regime2022 | Regime2023 | RegimeLetter | Regime2026

export type RegimeId = 'oct-2022' | 'oct-2023' | 'apr-2025' | 'jan-2026'

export interface Regime {
  id: RegimeId
  /** As the chart titles it. */
  label: string
  date: string
  rule: RegimeRule
  source: SourceId
}

export const regimes: Regime[] = [
  {
    id: 'oct-2022',
    label: 'Oct 2022 rule',
    date: '2022-10-07',
    rule: { kind: 'tpp-and-io', tpp: 4800, io: 600 },
    source: 'fr-2022-advanced-computing',
  },
  {
    id: 'oct-2023',
    label: 'Oct 2023 rule',
    date: '2023-10-17',
    rule: {
      kind: 'tpp-and-density',
      aTpp: 4800,
      aTppWithDensity: 1600,
      aDensity: 5.92,
      bTpp: 2400,
      bDensityLow: 1.6,
      bDensityHigh: 3.2,
    },
    source: 'fr-2023-advanced-computing-update',
  },
  {
    id: 'apr-2025',
    label: 'Apr 2025 letter',
    date: '2025-04-09',
    rule: {
      kind: 'letter',
      chips: ['h20'],
    },
    source: 'nvidia-h20-8k',
  },
  {
    id: 'jan-2026',
    label: 'Jan 2026 rule',
    date: '2026-01-15',
    rule: { kind: 'review', tpp: 21000, dram: 6500 },
    source: 'fr-2026-license-review',
  },
]

export function regime(id: RegimeId): Regime {
  const found = regimes.find(r => r.id === id)
  if (!found)
    throw new Error(`Unknown regime "${id}": use one of ${regimes.map(r => r.id).join(', ')}.`)
  return found
}

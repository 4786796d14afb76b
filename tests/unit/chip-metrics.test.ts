import type { ChipClass } from '../../components/chip-metrics.ts'
import type { Regime2023 } from '../../data/chip-rules.ts'
import type { ChipId } from '../../data/chips.ts'
import { describe, expect, it } from 'vitest'
import { chipIo, classification, classify, density, tpp, weakest } from '../../components/chip-metrics.ts'
import { regime, regimes } from '../../data/chip-rules.ts'
import { chipMeasures, chips } from '../../data/chips.ts'
import { sources } from '../../data/sources.ts'

describe('derived chip values reproduce the fact-check (Part 3b)', () => {
  it.each<[ChipId, number, number | undefined]>([
    ['a100', 4992, 6.04],
    ['a800', 4992, 6.04],
    ['h100', 15832, 19.45],
    ['h800', 15832, 19.45],
    ['h20', 2368, 2.91],
    ['h200', 15832, 19.45],
    ['b200', 36000, 22.5],
  ])('%s: TPP %d, performance density %s', (id, expectedTpp, expectedPd) => {
    expect(tpp(chips[id]).max).toBe(expectedTpp)
    expect(tpp(chips[id]).min).toBe(expectedTpp)
    if (expectedPd !== undefined)
      expect(density(chips[id])!.max).toBeCloseTo(expectedPd, 2)
  })

  it('gives the Ascend 910C a TPP range from its range of throughput estimates', () => {
    expect(tpp(chips['ascend-910c'])).toEqual({ min: 12000, max: 12800, provenance: 'estimate' })
  })

  it.each<[ChipId, number]>([
    ['a100', 664],
    ['a800', 464],
    ['h100', 1028],
    ['h800', 528],
  ])('%s: chip-to-chip I/O as the 2022 rule counts it (NVLink + PCIe) is %d GB/s', (id, io) => {
    expect(chipIo(chips[id])!.max).toBe(io)
  })

  it.each([
    [
      ['official'],
      'derived',
    ],
    [
      ['official', 'secondary'],
      'secondary',
    ],
    [
      ['secondary', 'estimate'],
      'estimate',
    ],
    [
      ['official', 'official'],
      'derived',
    ],
  ] as const)('a value derived from %j is %s', (inputs, expected) => {
    expect(weakest(...inputs)).toBe(expected)
  })

  it('marks a derived value with the weakest input: the B200 density rests on an estimated die area', () => {
    expect(density(chips.b200)!.provenance).toBe('estimate')
    expect(density(chips.h100)!.provenance).toBe('derived')
    expect(density(chips.h20)!.provenance).toBe('estimate')
  })
})

describe('classification under each regime reproduces the fact-check (Part 3c)', () => {
  const expected: Record<ChipId, [ChipClass, ChipClass, ChipClass, ChipClass]> = {
    'a100': [
      'licence',
      '3A090.a',
      '3A090.a',
      'case-by-case',
    ],
    'a800': [
      'no-licence',
      '3A090.a',
      '3A090.a',
      'case-by-case',
    ],
    'h100': [
      'licence',
      '3A090.a',
      '3A090.a',
      'case-by-case',
    ],
    'h800': [
      'no-licence',
      '3A090.a',
      '3A090.a',
      'case-by-case',
    ],
    'h20': [
      'no-licence',
      'outside-3A090',
      'letter',
      'letter',
    ],
    'h200': [
      'licence',
      '3A090.a',
      '3A090.a',
      'case-by-case',
    ],
    'b200': [
      'licence',
      '3A090.a',
      '3A090.a',
      'presumed-denial',
    ],
    'ascend-910c': [
      'not-applicable',
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ],
  }
  it.each(Object.entries(expected))('%s: Oct 2022, Oct 2023, Apr 2025, Jan 2026 → %j', (id, classes) => {
    const got = classification(chips[id as ChipId], id, regimes)
    expect(regimes.map(r => got[r.id])).toEqual(classes)
  })
})

describe('moving a threshold moves the chip', () => {
  const rule2023 = regime('oct-2023').rule as Regime2023
  it('the H20 falls into 3A090.b if the b-tier TPP line drops under its 2,368', () => {
    expect(classify(chips.h20, 'h20', rule2023)).toBe('outside-3A090')
    expect(classify(chips.h20, 'h20', { ...rule2023, bTpp: 2300 })).toBe('3A090.b')
  })
  it('the H800 is controlled in 2022 if the I/O line drops to 500 GB/s', () => {
    const rule = regime('oct-2022').rule
    expect(classify(chips.h800, 'h800', rule)).toBe('no-licence')
    expect(classify(chips.h800, 'h800', { kind: 'tpp-and-io', tpp: 4800, io: 500 })).toBe('licence')
  })
  it('the H200 is presumed denied if the 2026 memory line drops to 4,500 GB/s', () => {
    expect(classify(chips.h200, 'h200', { kind: 'review', tpp: 21000, dram: 4500 })).toBe('presumed-denial')
  })
  it('a range that crosses a line straddles it', () => {
    expect(classify(chips['ascend-910c'], 'ascend-910c', { kind: 'review', tpp: 12500, dram: 6500 })).toBe('straddles')
  })
  it('an unknown regime is refused with the ids that exist', () => {
    expect(() => regime('mar-2027' as never)).toThrow(/oct-2022, oct-2023, apr-2025, jan-2026/)
  })
})

describe('chip data', () => {
  it('every value names a source in the registry and a provenance', () => {
    const missing: string[] = []
    for (const [id, chip] of Object.entries(chips)) {
      for (const m of chipMeasures(chip)) {
        if (!(m.source in sources))
          missing.push(`${id}: ${m.source}`)
        expect(m.min).toBeLessThanOrEqual(m.max)
      }
    }
    expect(missing).toEqual([])
  })
  it('estimates and ranges are never labelled official', () => {
    for (const chip of Object.values(chips)) {
      for (const t of chip.throughput) {
        if (t.tops.min !== t.tops.max)
          expect(t.tops.provenance).not.toBe('official')
      }
    }
  })
})

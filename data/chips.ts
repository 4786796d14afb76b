import type { SourceId } from './sources.ts'

/**
 * Where a chip value comes from, strongest first: a vendor datasheet or whitepaper; press, dealer sheets or
 * analysts; computed by the deck from other values (see components/chip-metrics.ts); or an estimate (a value
 * nobody publishes, inferred from what is known). The chart draws estimates hollow and marks secondary values.
 */
export type Provenance = 'official' | 'secondary' | 'derived' | 'estimate'

/** One sourced value. A range (min < max) where sources differ or only an estimate exists. */
export interface Measure {
  min: number
  max: number
  provenance: Exclude<Provenance, 'derived'>
  source: SourceId
  /** What the source actually says, when the value is read off it indirectly. */
  note?: string
}

/** Dense (non-sparse) throughput at one precision, in tera-operations per second, as BIS counts it for TPP. */
export interface Throughput {
  bits: number
  format: string
  tops: Measure
}

export type ChipId = 'a100' | 'a800' | 'h100' | 'h800' | 'h20' | 'h200' | 'b200' | 'ascend-910c'

export interface Chip {
  name: string
  maker: 'Nvidia' | 'Huawei'
  /** Designed for sale in China under the rules of its day. */
  chinaVariant: boolean
  throughput: Throughput[]
  /** Logic die area (mm²) as 3A090 counts it: all non-planar logic dies, no memory stacks. */
  dieArea?: Measure
  /** Aggregate bidirectional chip-to-chip link bandwidth (NVLink), GB/s. */
  chipLinks?: Measure
  /** Host link (PCIe, x16, bidirectional), GB/s: the 2022 rule counted every link to another chip. */
  hostLink?: Measure
  /** Total DRAM (HBM) bandwidth, GB/s. */
  memoryBandwidth?: Measure
}

function point(value: number, provenance: Measure['provenance'], source: SourceId, note?: string): Measure {
  return {
    min: value,
    max: value,
    provenance,
    source,
    ...note
      ? { note }
      : {},
  }
}

const GA100_DIE = point(826, 'official', 'nvidia-ampere-whitepaper')
const GH100_DIE = point(814, 'official', 'nvidia-hopper-whitepaper')
const PCIE_GEN4 = point(64, 'official', 'nvidia-a100-datasheet')
const PCIE_GEN5 = point(128, 'official', 'nvidia-h100-datasheet')
/** China variants keep their parent's PCIe link: reported, not in a datasheet of theirs. */
function parentPcie(link: Measure, source: SourceId): Measure {
  return {
    ...link,
    provenance: 'secondary',
    source,
    note: 'as the parent chip',
  }
}
function HOPPER_FP8(source: SourceId, provenance: Measure['provenance'] = 'official'): Throughput {
  return {
    bits: 8,
    format: 'FP8',
    tops: point(1979, provenance, source, 'the datasheet gives 3,958 with sparsity; dense is half'),
  }
}

/** Chip figures from fact-check Part 3b, each with its source and provenance. */
export const chips: Record<ChipId, Chip> = {
  'a100': {
    name: 'A100',
    maker: 'Nvidia',
    chinaVariant: false,
    throughput: [
      {
        bits: 8,
        format: 'INT8',
        tops: point(624, 'official', 'nvidia-a100-datasheet'),
      },
      {
        bits: 16,
        format: 'BF16',
        tops: point(312, 'official', 'nvidia-a100-datasheet'),
      },
    ],
    dieArea: GA100_DIE,
    chipLinks: point(600, 'official', 'nvidia-a100-datasheet'),
    hostLink: PCIE_GEN4,
    memoryBandwidth: point(2039, 'official', 'nvidia-a100-datasheet'),
  },
  'a800': {
    name: 'A800',
    maker: 'Nvidia',
    chinaVariant: true,
    throughput: [
      {
        bits: 8,
        format: 'INT8',
        tops: point(624, 'secondary', 'tomshardware-h800', 'Nvidia called it an alternative to the A100: same arithmetic'),
      },
    ],
    dieArea: point(826, 'secondary', 'tomshardware-h800', 'the same GA100 die'),
    chipLinks: point(400, 'secondary', 'tomshardware-h800'),
    hostLink: parentPcie(PCIE_GEN4, 'tomshardware-h800'),
    memoryBandwidth: point(2039, 'secondary', 'tomshardware-h800', 'as the A100'),
  },
  'h100': {
    name: 'H100',
    maker: 'Nvidia',
    chinaVariant: false,
    throughput: [
      HOPPER_FP8('nvidia-h100-datasheet'),
    ],
    dieArea: GH100_DIE,
    chipLinks: point(900, 'official', 'nvidia-h100-datasheet'),
    hostLink: PCIE_GEN5,
    memoryBandwidth: point(3350, 'official', 'nvidia-h100-datasheet'),
  },
  'h800': {
    name: 'H800',
    maker: 'Nvidia',
    chinaVariant: true,
    throughput: [
      HOPPER_FP8('tomshardware-h800', 'secondary'),
    ],
    dieArea: point(814, 'secondary', 'tomshardware-h800', 'the same GH100 die'),
    chipLinks: point(400, 'secondary', 'deepseek-isca25-paper', 'DeepSeek’s own figure: NVLink cut from the H100’s 900 GB/s for regulatory compliance'),
    hostLink: parentPcie(PCIE_GEN5, 'tomshardware-h800'),
    memoryBandwidth: point(3350, 'secondary', 'tomshardware-h800', 'as the H100'),
  },
  'h20': {
    name: 'H20',
    maker: 'Nvidia',
    chinaVariant: true,
    throughput: [
      {
        bits: 8,
        format: 'FP8',
        tops: point(296, 'secondary', 'tweaktown-h20-specs', 'no public NVIDIA datasheet'),
      },
    ],
    dieArea: point(814, 'estimate', 'tweaktown-h20-specs', 'assumes the GH100 die; any die over 740 mm² keeps it under 3.2'),
    chipLinks: point(900, 'secondary', 'tweaktown-h20-specs'),
    hostLink: parentPcie(PCIE_GEN5, 'tweaktown-h20-specs'),
    memoryBandwidth: point(4000, 'secondary', 'tweaktown-h20-specs'),
  },
  'h200': {
    name: 'H200',
    maker: 'Nvidia',
    chinaVariant: false,
    throughput: [
      HOPPER_FP8('nvidia-h200-datasheet'),
    ],
    dieArea: GH100_DIE,
    chipLinks: point(900, 'official', 'nvidia-h200-datasheet'),
    hostLink: PCIE_GEN5,
    memoryBandwidth: point(4800, 'official', 'nvidia-h200-datasheet'),
  },
  'b200': {
    name: 'B200',
    maker: 'Nvidia',
    chinaVariant: false,
    throughput: [
      {
        bits: 8,
        format: 'FP8',
        tops: point(4500, 'official', 'nvidia-hgx-b200', '72 PFLOPS with sparsity for eight GPUs: 4.5 dense each'),
      },
      {
        bits: 4,
        format: 'FP4',
        tops: point(9000, 'official', 'nvidia-hgx-b200', '144 PFLOPS with sparsity for eight GPUs: 9 dense each'),
      },
    ],
    dieArea: point(1600, 'estimate', 'nvidia-hgx-b200', 'not published: two reticle-size dies of about 800 mm²'),
    chipLinks: point(1800, 'official', 'nvidia-hgx-b200'),
    // The table adds PCIe to NVLink for every chip; the HGX sheet gives no PCIe figure, so it is an estimate here.
    hostLink: {
      ...PCIE_GEN5,
      provenance: 'estimate',
      source: 'nvidia-hgx-b200',
      note: 'PCIe not in the HGX sheet: taken as Gen5 x16, like the H100 and H200',
    },
    memoryBandwidth: point(8000, 'official', 'nvidia-hgx-b200', '64 TB/s for eight GPUs'),
  },
  'ascend-910c': {
    name: 'Ascend 910C',
    maker: 'Huawei',
    chinaVariant: false,
    throughput: [
      {
        bits: 16,
        format: 'BF16',
        tops: {
          min: 750,
          max: 800,
          provenance: 'estimate',
          source: 'semianalysis-cloudmatrix',
          note: 'system totals over 384 chips; SemiAnalysis: about 780',
        },
      },
    ],
    memoryBandwidth: point(3200, 'secondary', 'semianalysis-cloudmatrix'),
  },
}

export const chipIds = Object.keys(chips) as ChipId[]

/** Every sourced value of a chip, in a fixed order. */
export function chipMeasures(chip: Chip): Measure[] {
  return [
    ...chip.throughput.map(t => t.tops),
    chip.dieArea,
    chip.chipLinks,
    chip.hostLink,
    chip.memoryBandwidth,
  ].filter((m): m is Measure => m !== undefined)
}

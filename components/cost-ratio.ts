import type { Figure } from '../data/schema.ts'

/** How many times more GPU-hours `larger` used than `smaller` (both must be GPU-hour figures, > 0). */
export function gpuHourRatio(larger: Figure<string>, smaller: Figure<string>): number {
  for (const f of [larger, smaller]) {
    if (f.unit !== 'GPU-hours')
      throw new TypeError(`gpuHourRatio needs GPU-hour figures, got ${f.unit} for "${f.label}"`)
    if (!(f.value > 0))
      throw new RangeError(`gpuHourRatio needs positive GPU-hours, got ${f.value} for "${f.label}"`)
  }
  return larger.value / smaller.value
}

import type { Figure } from '../data/schema.ts'

/** "+62 points": how far a percentage score moved, rounded to whole points; both figures must be percentages. */
export function scoreGain(start: Figure<string>, end: Figure<string>): string {
  for (const f of [start, end]) {
    if (f.unit !== '%' || f.value < 0 || f.value > 100)
      throw new RangeError(`"${f.label}" must be a score from 0 to 100 %, not ${f.value} ${f.unit}`)
  }
  const points = Math.round(end.value - start.value)
  return `${points < 0
    ? '\u2212'
    : '+'}${Math.abs(points)} points`
}

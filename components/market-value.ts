import type { Figure } from '../data/schema.ts'

/** A one-day fall in market value, and the values before and after it that the two published figures imply. */
export interface Cliff {
  /** Market value in USD before and after the fall, derived from the loss and the percentage fall. */
  before: number
  after: number
  lost: number
  /** The lost value as a share (0–1) of the value before. */
  share: number
}

/**
 * The value before a fall is the loss divided by the fall (589 B ÷ 17 % ≈ 3.5 T): derived, so it is shown as "about"
 * and the page says how it was computed. `fall` is a negative percentage, `lost` a positive USD amount.
 */
export function valueCliff(fall: Figure<string>, lost: Figure<string>): Cliff {
  if (fall.unit !== '%' || !(fall.value < 0) || fall.value <= -100)
    throw new RangeError(`"${fall.label}" must be a fall in per cent (below 0, above -100), not ${fall.value} ${fall.unit}`)
  if (lost.unit !== 'USD' || !(lost.value > 0))
    throw new RangeError(`"${lost.label}" must be a positive amount in USD, not ${lost.value} ${lost.unit}`)
  const share = -fall.value / 100
  const before = lost.value / share
  return {
    before,
    after: before - lost.value,
    lost: lost.value,
    share,
  }
}

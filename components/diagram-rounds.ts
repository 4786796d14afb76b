export type RoundState = 'shown' | 'current' | 'later'

/**
 * Which parts of a diagram told in rounds are shown at click step `clicks`: round k appears at click k − 1, the
 * newest round shown is `current` (drawn heavier), later rounds are hidden. A diagram of one round never marks
 * anything current. Steps past the last round (the page's "all clicks") show every round, none marked.
 */
export function roundStates(parts: number[], clicks: number, rounds: number): RoundState[] {
  const shownUpTo = Math.max(1, Math.floor(clicks) + 1)
  const newest = rounds > 1 && shownUpTo <= rounds
    ? shownUpTo
    : 0
  return parts.map((round) => {
    if (round > shownUpTo)
      return 'later'
    return round === newest
      ? 'current'
      : 'shown'
  })
}

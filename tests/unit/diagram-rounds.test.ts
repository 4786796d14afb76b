import { describe, expect, it } from 'vitest'
import { roundStates } from '../../components/diagram-rounds.ts'

describe('roundStates: which rounds of a diagram show at a click step', () => {
  it.each([
    // parts' rounds, clicks, rounds in all → states
    [
      [1, 2, 3, 4],
      0,
      4,
      ['current', 'later', 'later', 'later'],
    ],
    [
      [1, 2, 3, 4],
      1,
      4,
      ['shown', 'current', 'later', 'later'],
    ],
    [
      [1, 2, 3, 4],
      3,
      4,
      ['shown', 'shown', 'shown', 'current'],
    ],
    [
      [1, 4, 4],
      2,
      4,
      ['shown', 'later', 'later'],
    ],
    // The page's "every click" (Slidev prints with clicks past the last): all shown, none singled out.
    [
      [1, 2, 3, 4],
      99,
      4,
      ['shown', 'shown', 'shown', 'shown'],
    ],
    // A diagram shown whole never marks a round.
    [
      [1, 1],
      0,
      1,
      ['shown', 'shown'],
    ],
    [
      [2],
      -1,
      2,
      ['later'],
    ],
  ] as const)('%j at click %i of %i rounds → %j', (parts, clicks, rounds, expected) => {
    expect(roundStates([...parts], clicks, rounds)).toEqual(expected)
  })
})

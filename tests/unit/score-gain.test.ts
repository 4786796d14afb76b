import type { Figure } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { scoreGain } from '../../components/score-gain.ts'
import { figures } from '../../data/figures.ts'

function score(value: number, unit: Figure<string>['unit'] = '%'): Figure<string> {
  return {
    label: `score ${value}`,
    value,
    unit,
    source: 's',
    certainty: 'primary',
  }
}

describe('score rise', () => {
  it('r1-Zero on AIME: +62 points from RL alone', () => {
    expect(scoreGain(figures.r1ZeroAimeStart, figures.r1ZeroAimeEnd)).toBe('+62 points')
  })
  it.each([
    [15.6, 71, '+55 points'],
    [50, 50, '+0 points'],
    [80, 70.4, '\u221210 points'],
  ])('%d → %d is "%s"', (a, b, text) => expect(scoreGain(score(a), score(b))).toBe(text))
  it.each([
    [
      'a count',
      score(5, 'count'),
    ],
    [
      'over 100 %',
      score(120),
    ],
  ])('refuses %s, naming it', (_, bad) => {
    expect(() => scoreGain(bad, score(50))).toThrow(/must be a score from 0 to 100 %/)
  })
})

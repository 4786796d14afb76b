import { describe, expect, it } from 'vitest'
import { mulberry32, routedTokens, routeToken, V3_ROUTING } from '../../components/moe-routing.ts'

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const draws = Array.from({ length: 1000 }, () => a())
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThan(1)
  })
})

describe('routeToken with V3’s limits', () => {
  const tokens = Array.from({ length: 200 }, (_, i) => routeToken(2025, i))
  it.each(tokens.map((t, i) => [i, t] as const).slice(0, 50))('token %d: 8 distinct experts in at most 4 of 8 groups', (_i, token) => {
    expect(token.experts).toHaveLength(V3_ROUTING.expertsPerToken)
    expect(new Set(token.experts).size).toBe(8)
    expect(token.groups.length).toBeLessThanOrEqual(V3_ROUTING.groupsPerToken)
    for (const e of token.experts) {
      expect(e).toBeGreaterThanOrEqual(0)
      expect(e).toBeLessThan(256)
      expect(token.groups).toContain(Math.floor(e / 32))
    }
  })
  it('is deterministic for a seed and varies between tokens and seeds', () => {
    expect(routeToken(2025, 3)).toEqual(routeToken(2025, 3))
    expect(routeToken(2025, 3).experts).not.toEqual(routeToken(2025, 4).experts)
    expect(routeToken(1, 3).experts).not.toEqual(routeToken(2, 3).experts)
  })
  it('refuses an impossible spec', () => {
    expect(() => routeToken(1, 0, {
      routedExperts: 16,
      groups: 8,
      groupsPerToken: 1,
      expertsPerToken: 3,
    })).toThrow(RangeError)
  })
})

describe('routedTokens', () => {
  it.each([
    [0, 0],
    [1, 1],
    [4, 4],
    [9, 4],
    [-2, 0],
  ])('at click %d with 4 tokens → %d routed', (clicks, expected) => expect(routedTokens(7, clicks, 4)).toHaveLength(expected))
})

/** Deterministic, illustrative routing in the shape of DeepSeek-V3's router (not its real output). */
export interface RoutingSpec {
  routedExperts: number
  groups: number
  groupsPerToken: number
  expertsPerToken: number
}

/** DeepSeek-V3: 256 routed experts in 8 groups; each token may use 4 groups and 8 experts (plus 1 shared). */
export const V3_ROUTING: RoutingSpec = {
  routedExperts: 256,
  groups: 8,
  groupsPerToken: 4,
  expertsPerToken: 8,
}

/** mulberry32: a small, fast, seedable PRNG, so the same seed always draws the same routing. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface RoutedToken {
  /** Expert indices 0…routedExperts-1, highest score first. */
  experts: number[]
  /** The groups those experts fall in, ascending. */
  groups: number[]
}

const byScore = (scores: number[]) => (a: number, b: number) => scores[b] - scores[a] || a - b

/**
 * Routes token `index`: draws an affinity score per expert, ranks groups by the sum of their two best scores,
 * keeps the top `groupsPerToken` groups, then takes the `expertsPerToken` best experts inside them.
 */
export function routeToken(seed: number, index: number, spec: RoutingSpec = V3_ROUTING): RoutedToken {
  const { routedExperts, groups, groupsPerToken, expertsPerToken } = spec
  if (routedExperts % groups !== 0 || expertsPerToken > (routedExperts / groups) * groupsPerToken)
    throw new RangeError('Routing spec cannot place that many experts in the allowed groups')
  const random = mulberry32(seed * 7919 + index * 104729 + 1)
  const scores = Array.from({ length: routedExperts }, () => random())
  const size = routedExperts / groups
  const groupScore = Array.from({ length: groups }, (_, g) => {
    const best = scores.slice(g * size, (g + 1) * size).sort((a, b) => b - a)
    return best[0] + best[1]
  })
  const chosenGroups = Array.from({ length: groups }, (_, g) => g).sort(byScore(groupScore)).slice(0, groupsPerToken)
  const candidates = chosenGroups.flatMap(g => Array.from({ length: size }, (_, i) => g * size + i))
  const experts = candidates.sort(byScore(scores)).slice(0, expertsPerToken)
  return {
    experts,
    groups: [
      ...new Set(experts.map(e => Math.floor(e / size))),
    ].sort((a, b) => a - b),
  }
}

/** The tokens routed so far at click `clicks` (0 = none yet), capped at `tokens`. */
export function routedTokens(seed: number, clicks: number, tokens: number): RoutedToken[] {
  const count = Math.max(0, Math.min(Math.floor(clicks), tokens))
  return Array.from({ length: count }, (_, i) => routeToken(seed, i))
}

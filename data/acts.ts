/** The talk's acts, in order. Divider slides name their act with `act: <id>` in frontmatter. */
export const acts = {
  'cold-open': { number: 0, title: 'Cold open' },
  'rise': { number: 1, title: 'The rise' },
  'origins': { number: 2, title: 'From hedge fund to AI lab' },
  'squeeze': { number: 3, title: 'The export-control squeeze' },
  'efficiency': { number: 4, title: 'Efficiency engineering' },
  'open-source': { number: 5, title: 'Open source, and what it means' },
} as const

export type ActId = keyof typeof acts

export function isActId(value: unknown): value is ActId {
  return typeof value === 'string' && value in acts
}

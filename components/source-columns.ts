/**
 * The Sources pages in two explicit columns, split by estimated height. CSS multi-column layout put a whole list in
 * the right column in Firefox and ran it past the bottom edge in WebKit; an explicit split reads the same everywhere.
 */
export type Block<E> = { kind: 'heading', title: string } | { kind: 'entry', entry: E }

/** Estimated height of a block in lines: a heading counts as one and a half, an entry by its length. */
export function blockWeight<E>(block: Block<E>, text: (entry: E) => string, charsPerLine = 62): number {
  return block.kind === 'heading'
    ? 1.5
    : Math.ceil(text(block.entry).length / charsPerLine) + 0.3
}

/**
 * Splits blocks into two columns at the point that best balances their heights, never leaving a heading at the
 * bottom of the first column without its first entry.
 */
export function splitColumns<E>(blocks: Block<E>[], weight: (block: Block<E>) => number): [Block<E>[], Block<E>[]] {
  const weights = blocks.map(weight)
  const total = weights.reduce((a, b) => a + b, 0)
  let best = blocks.length
  let bestGap = Infinity
  let before = 0
  for (let cut = 0; cut <= blocks.length; cut++) {
    const headingOrphaned = cut > 0 && blocks[cut - 1].kind === 'heading'
    const gap = Math.abs(total - 2 * before)
    if (!headingOrphaned && gap < bestGap) {
      best = cut
      bestGap = gap
    }
    before += weights[cut] ?? 0
  }
  return [
    blocks.slice(0, best),
    blocks.slice(best),
  ]
}

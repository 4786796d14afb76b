import type { VNode } from 'vue'
import { Comment, Fragment, Text } from 'vue'

export interface HeadlineSplit {
  /** The slide's `# headline`, as rendered from Markdown. */
  headline: VNode[]
  /** Everything after it: the evidence. */
  evidence: VNode[]
}

/** Top-level nodes of a slot, with fragments opened and comments and blank text dropped. */
function flatten(nodes: VNode[]): VNode[] {
  return nodes.flatMap((node) => {
    if (node.type === Fragment && Array.isArray(node.children))
      return flatten(node.children as VNode[])
    if (node.type === Comment)
      return []
    if (node.type === Text && !String(node.children ?? '').trim())
      return []
    return [node]
  })
}

/**
 * Splits a slide's content at its first `h1`: the headline row of the default layout takes the heading, the
 * evidence row takes everything after it. A slide without a heading is all evidence.
 */
export function splitHeadline(nodes: VNode[]): HeadlineSplit {
  const flat = flatten(nodes)
  const at = flat.findIndex(node => node.type === 'h1')
  if (at < 0)
    return { headline: [], evidence: flat }
  return {
    headline: flat.slice(at, at + 1),
    evidence: [
      ...flat.slice(0, at),
      ...flat.slice(at + 1),
    ],
  }
}

/**
 * The pieces of an excerpt (split at "…") that are not found, in order, in the whole text: an excerpt may leave
 * words out, never change them. [] when it is faithful.
 */
export function excerptMismatches(excerpt: string, whole: string): string[] {
  const missing: string[] = []
  let from = 0
  for (const piece of excerpt.split('…').map(p => p.trim()).filter(Boolean)) {
    const at = whole.indexOf(piece, from)
    if (at < 0)
      missing.push(piece)
    else
      from = at + piece.length
  }
  return missing
}

/** Text as it compares across Markdown, the DOM and a PDF: curly quotes straightened, whitespace folded. */
export function comparable(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/**
 * Where two texts first differ, for a failure message: `at character N: "…got…" where "…expected…"`, 30 characters
 * either side; '' when they are equal.
 */
export function firstDifference(got: string, expected: string): string {
  if (got === expected)
    return ''
  let at = 0
  while (at < got.length && at < expected.length && got[at] === expected[at])
    at++
  const around = (text: string) => `"${at > 30
    ? '…'
    : ''}${text.slice(Math.max(0, at - 30), at + 30)}${text.length > at + 30
    ? '…'
    : ''}"`
  return `at character ${at}: ${around(got)} where ${around(expected)}`
}

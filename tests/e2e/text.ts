/** Text as it compares across Markdown, the DOM and a PDF: curly quotes straightened, whitespace folded. */
export function comparable(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

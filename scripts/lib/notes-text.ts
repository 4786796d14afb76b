import { spokenNote } from './deck-info.ts'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\'': '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ESCAPES[c])
}

/** Speaker notes as plain paragraphs: every cue removed (deck-info.ts), lines within a paragraph joined. */
export function noteParagraphs(note: string): string[] {
  return note
    .split(/\n\s*\n/)
    .map(paragraph => spokenNote(paragraph))
    .map(p => p.replace(/<!--[\s\S]*?-->/g, '').trim())
    .filter(Boolean)
}

/** Inline Markdown the notes use (**bold**, *italic*, `code`) to HTML, everything else escaped. */
export function inlineMarkdownToHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/`(.+?)`/g, '<code>$1</code>')
}

/** Inline Markdown stripped to plain prose, for the transcript's Markdown and for checks. */
export function inlineMarkdownToText(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(.+?)\*/g, '$1').replace(/`(.+?)`/g, '$1')
}

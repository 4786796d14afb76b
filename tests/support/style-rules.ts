/**
 * The deck's style rules, as a lint over source text (tests/unit/style-rules.test.ts):
 * - every `font-size` in components, layouts, styles and setup is a type-scale token, `var(--deck-size-…)`;
 * - slides (`slides.md`, `pages/`) set no spacing or text size of their own: no `mt-6`, `p-5`, `text-sm`… classes,
 *   since the layout grid places the headline, the evidence and the source line.
 */
export interface StyleProblem {
  line: number
  text: string
  why: string
}

const TOKEN_SIZE = /^(?:var\(--deck-size-[a-z]+\)|inherit)(?:\s*!important)?$/
const SIZE_DECLARATION = /font-size\s*:\s*([^;}]+)/g
const SIZE_BINDING = /\bfontSize\s*:\s*([^,}\n]+)/g
const PAGE_UTILITY = /(?:^|[\s"'`])(-?[mp][trblxy]?-\d+(?:\.\d+)?|text-(?:xs|sm|base|lg|\d?xl))(?=[\s"'`]|$)/g

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length
}

/** Literal font sizes in a component, layout, style or setup file. */
export function fontSizeProblems(text: string): StyleProblem[] {
  const out: StyleProblem[] = []
  for (const m of text.matchAll(SIZE_DECLARATION)) {
    const value = m[1].trim()
    if (!TOKEN_SIZE.test(value)) {
      out.push({
        line: lineOf(text, m.index),
        text: m[0].trim(),
        why: 'use a type-scale token, var(--deck-size-…)',
      })
    }
  }
  for (const m of text.matchAll(SIZE_BINDING)) {
    const value = m[1].trim()
    if (!/typeScale\.[a-z]+/.test(value)) {
      out.push({
        line: lineOf(text, m.index),
        text: m[0].trim(),
        why: 'take the size from typeScale in styles/tokens.ts',
      })
    }
  }
  return out
}

/** Spacing and text-size utility classes in a slide's Markdown, outside its notes. */
export function pageUtilityProblems(markdown: string): StyleProblem[] {
  const withoutNotes = markdown.replace(/<!--[\s\S]*?-->/g, m => m.replace(/[^\n]/g, ' '))
  const out: StyleProblem[] = []
  for (const line of withoutNotes.split('\n').entries()) {
    for (const attr of line[1].matchAll(/class="([^"]*)"/g)) {
      for (const u of ` ${attr[1]} `.matchAll(PAGE_UTILITY))
        out.push({ line: line[0] + 1, text: u[1], why: 'the layout places slide content: remove the spacing or size class' })
    }
  }
  return out
}

import { describe, expect, it } from 'vitest'
import { escapeHtml, inlineMarkdownToHtml, inlineMarkdownToText, noteParagraphs } from '../../scripts/lib/notes-text.ts'

describe('noteParagraphs', () => {
  it.each([
    [
      'Time 40 s. One.\nTwo.',
      ['One. Two.'],
    ],
    [
      'Time 40 s. One.\n\nTwo [click] three.',
      ['One.', 'Two three.'],
    ],
    [
      'Time 5 s. Lead.\n[click] First.\n[click:3] Second.',
      ['Lead. First. Second.'],
    ],
    [
      'Time 5 s. Kept. <!-- hidden --> Also kept.',
      [
        'Kept.  Also kept.'.replace('  ', ' '),
      ],
    ],
  ])('%j', (note, expected) => expect(noteParagraphs(note).map(p => p.replace(/\s+/g, ' '))).toEqual(expected))
})

describe('inline Markdown', () => {
  it.each([
    ['a **b** c', 'a <strong>b</strong> c', 'a b c'],
    ['*x* and `y`', '<em>x</em> and <code>y</code>', 'x and y'],
    ['<script>&', '&lt;script&gt;&amp;', '<script>&'],
  ])('%j', (md, html, text) => {
    expect(inlineMarkdownToHtml(md)).toBe(html)
    expect(inlineMarkdownToText(md)).toBe(text)
  })
  it('escapes quotes', () => expect(escapeHtml('"\'')).toBe('&quot;&#39;'))
})

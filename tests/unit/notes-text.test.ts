import { describe, expect, it } from 'vitest'
import { escapeHtml, inlineMarkdownToHtml, inlineMarkdownToText, noteParagraphs } from '../../scripts/lib/notes-text.ts'

describe('noteParagraphs', () => {
  it.each([
    [
      '[time 40 s] One.\nTwo.',
      ['One. Two.'],
    ],
    [
      '[time 40 s] One.\n\nTwo [click] three.',
      ['One.', 'Two three.'],
    ],
    [
      '[time 5 s] Lead.\n[click] First.\n[click:3] Second.',
      ['Lead. First. Second.'],
    ],
    [
      '[time 5 s] Kept. <!-- hidden --> Also kept.',
      [
        'Kept.  Also kept.'.replace('  ', ' '),
      ],
    ],
    [
      '[time 5 s] Say this. [cue: pause] And this [cue: next, the chart].',
      ['Say this. And this.'],
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

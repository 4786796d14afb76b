import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { accDescrOf, accTitleOf, diagramCacheKey, diagramCitations, diagramDomId, diagramLabels, escapeAttribute, fillFigures, mermaidBlocks, parseMermaidFence } from '../../scripts/lib/diagram-source.ts'
import { figureText } from '../../scripts/lib/diagrams.ts'

describe('parseMermaidFence', () => {
  it.each([
    ['mermaid', {}],
    ['mermaid   ', {}],
    [
      'mermaid {scale: 0.8}',
      { options: '{scale: 0.8}' },
    ],
    ['ts', undefined],
    ['mermaidx', undefined],
    ['js {monaco}', undefined],
  ])('%j → %j', (info, expected) => expect(parseMermaidFence(info)).toEqual(expected))
})

describe('fillFigures', () => {
  const lookup = (id: string) => (id === 'gpus'
    ? { value: '10,000 GPUs', citation: 7 }
    : undefined)
  it.each([
    ['A["{fig:gpus}"]', 'A["10,000 GPUs"]'],
    ['A["x {fig:gpus}, y {fig:gpus}"]', 'A["x 10,000 GPUs, y 10,000 GPUs"]'],
    ['A{{hexagon}}', 'A{{hexagon}}'],
    ['A["{fig:gpus in use}"]', 'A["10,000 GPUs in use"]'],
    ['no figures', 'no figures'],
  ])('%s → %s', (code, expected) => expect(fillFigures(code, lookup)).toBe(expected))
  it('names an unknown figure and where figures live', () => {
    expect(() => fillFigures('A["{fig:nope}"]', lookup)).toThrow(/\{fig:nope\}.*data\/figures\.ts/)
  })
  it('fills real figures from the data, with no citation marker inside the label', () => {
    expect(fillFigures('{fig:fireFlyer2Gpus}', figureText)).toBe('10,000 GPUs')
  })
})

describe('diagramCitations', () => {
  const lookup = (id: string) => ({
    gpus: { value: '10,000 GPUs', citation: 7 },
    aum: { value: '¥100 billion', citation: 3, qualifier: 'reported' },
  } as Record<string, { value: string, citation: number, qualifier?: string }>)[id]
  it.each([
    ['no figures', []],
    [
      'A["{fig:gpus}"] --> B["{fig:aum in assets}"]',
      [
        { text: '10,000 GPUs', citation: 7 },
        { text: '¥100 billion in assets', citation: 3 },
      ],
    ],
    [
      'A["{fig:gpus}"] --> B["{fig:gpus}"]',
      [
        { text: '10,000 GPUs', citation: 7 },
      ],
    ],
  ])('%s → %j', (code, expected) => expect(diagramCitations(code, lookup)).toEqual(expected))
  it('names an unknown figure', () => {
    expect(() => diagramCitations('{fig:nope}', lookup)).toThrow(/\{fig:nope\}/)
  })
})

describe('escapeAttribute', () => {
  it.each([
    ['<svg id="a">&</svg>', '&lt;svg id=&quot;a&quot;&gt;&amp;&lt;/svg&gt;'],
    ['line\nbreak', 'line&#10;break'],
    ['{{ not interpolated }}', '{{ not interpolated }}'],
  ])('%j → %j', (text, expected) => expect(escapeAttribute(text)).toBe(expected))
  it('round-trips through an HTML parser', () => {
    const text = '<svg><style>#d .a>b{content:"&"}</style></svg>\n'
    const decoded = escapeAttribute(text).replace(/&#10;/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(decoded).toBe(text)
  })
})

describe('diagramLabels', () => {
  it.each([
    [
      'A["One<br/>two"] --> B["Three"]',
      ['One', 'two', 'Three'],
    ],
    [
      'A -- capital --> B',
      ['capital'],
    ],
    [
      'fund -- "compute and people<br/>no money" ----> lab',
      ['compute and people', 'no money'],
    ],
    [
      'subgraph fund [" "]\n  A["x"]:::deepseek --> B["y"]',
      ['x', 'y'],
    ],
    ['A --> B', []],
    // A dotted edge's label, and a loop's round lines (their markup is not text).
    [
      'D r3a@-. "argued" .-> W',
      ['argued'],
    ],
    [
      'W["<b>Washington</b><br/>{round 2: 2023 rule}"]',
      ['Washington', '2023 rule'],
    ],
  ])('%j → %j', (code, expected) => expect(diagramLabels(code)).toEqual(expected))
})

describe('ids, titles and cache keys', () => {
  it('gives the same text the same DOM id, different text a different one', () => {
    expect(diagramDomId('flowchart LR\nA-->B')).toBe(diagramDomId('flowchart LR\nA-->B'))
    expect(diagramDomId('flowchart LR\nA-->B')).not.toBe(diagramDomId('flowchart LR\nA-->C'))
    expect(diagramDomId('x')).toMatch(/^diagram-[0-9a-f]{10}$/)
  })
  it('keys the cache on every part, in any order', () => {
    expect(diagramCacheKey({ a: '1', b: '2' })).toBe(diagramCacheKey({ b: '2', a: '1' }))
    expect(diagramCacheKey({ a: '1', b: '2' })).not.toBe(diagramCacheKey({ a: '1', b: '3' }))
  })
  it('reads accDescr', () => {
    expect(accDescrOf('flowchart LR\n  accTitle: T\n  accDescr: What it shows.\n  A-->B')).toBe('What it shows.')
    expect(accDescrOf('flowchart LR\n  A-->B')).toBeUndefined()
  })
  it('reads accTitle', () => {
    expect(accTitleOf('flowchart LR\n  accTitle: The loop\n  A-->B')).toBe('The loop')
    expect(accTitleOf('flowchart LR\n  A-->B')).toBeUndefined()
  })
})

describe('the talk\'s diagrams', () => {
  it('each has an accessible title and description, uses only known figures and draws labels', async () => {
    const slides = await readSlides()
    const blocks = slides.flatMap(s => mermaidBlocks(s.content).map(code => ({ no: s.no, code })))
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    for (const { no, code } of blocks) {
      expect(accTitleOf(code), `slide ${no}`).toBeTruthy()
      expect(code, `slide ${no}`).toMatch(/^\s*accDescr\s*:/m)
      expect(() => fillFigures(code, figureText), `slide ${no}`).not.toThrow()
      expect(diagramLabels(code).length, `slide ${no}`).toBeGreaterThan(3)
    }
  })
  it('no diagram text is hard-coded where a figure exists: GPU counts come from {fig:…}', async () => {
    const markdown = await readFile('pages/2-hedge-fund-to-ai-lab.md', 'utf8')
    const story = mermaidBlocks(markdown).join('\n')
    expect(story).toContain('{fig:fireFlyer1Gpus}')
    expect(story).toContain('{fig:fireFlyer2Gpus}')
    expect(story).not.toMatch(/\d,\d{3} GPUs/)
  })
})

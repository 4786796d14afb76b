import { describe, expect, it } from 'vitest'
import { citationNumber, numberedSources } from '../../data/citations.ts'
import { excerptMismatches } from '../../data/excerpt.ts'
import { figures } from '../../data/figures.ts'
import { quotes } from '../../data/quotes.ts'
import { sources } from '../../data/sources.ts'

describe('sources registry', () => {
  it.each(Object.entries(sources))('%s has a parseable date, an https URL and a title', (_id, source) => {
    expect(source.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
    expect(Number.isNaN(Date.parse(source.date))).toBe(false)
    expect(new URL(source.url).protocol).toBe('https:')
    expect(source.title.length).toBeGreaterThan(5)
  })

  it('every source is used by a figure, quote, timeline event, benchmark or slide footer', async () => {
    const { readSlides } = await import('../../scripts/lib/deck-info.ts')
    const { quotes } = await import('../../data/quotes.ts')
    const { exportControlEvents } = await import('../../data/export-controls.ts')
    const { benchmarkSource } = await import('../../data/benchmarks.ts')
    const used = new Set<string>([
      ...Object.values(figures).map(f => f.source),
      ...Object.values(quotes).map(q => q.source),
      ...exportControlEvents.map(e => e.source),
      benchmarkSource,
      ...(await readSlides()).flatMap(s => (s.frontmatter.sources as string[] | undefined) ?? []),
    ])
    expect(Object.keys(sources).filter(id => !used.has(id))).toEqual([])
  })

  it('has no duplicate titles or URLs', () => {
    const titles = Object.values(sources).map(s => s.title)
    expect(new Set(titles).size).toBe(titles.length)
    const urls = Object.values(sources).map(s => s.url)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('numbers sources in registry order', () => {
    expect(numberedSources.map(s => s.number)).toEqual(numberedSources.map((_, i) => i + 1))
    expect(citationNumber(numberedSources[0].id)).toBe(1)
  })
})

describe('figures', () => {
  it.each(Object.entries(figures))('%s cites a known source and has a finite value', (_id, figure) => {
    expect(Object.keys(sources)).toContain(figure.source)
    expect(Number.isFinite(figure.value)).toBe(true)
  })
})

describe('stage and page labels', () => {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length
  it.each(Object.entries(figures))('%s: a label longer than five words has a stage label of at most five', (_id, figure) => {
    const stage: string | undefined = 'stage' in figure
      ? figure.stage
      : undefined
    if (words(figure.label) > 5)
      expect(stage, `"${figure.label}" needs a stage label`).toBeDefined()
    if (stage)
      expect(words(stage)).toBeLessThanOrEqual(5)
  })

  it.each(Object.entries(quotes).filter(([, q]) => 'stage' in q))('%s: the stage excerpt leaves words out, never changes them', (_id, quote) => {
    const stage = (quote as { stage: { zh: string, en: string } }).stage
    expect(excerptMismatches(stage.en, quote.en)).toEqual([])
    expect(excerptMismatches(stage.zh, quote.zh)).toEqual([])
  })

  it.each([
    ['…a quick buck…', 'not to make a quick buck', []],
    [
      '…to reach the frontier…',
      'but to reach the technological frontier',
      ['to reach the frontier'],
    ],
    [
      'frontier … quick buck',
      'a quick buck, then the frontier',
      ['quick buck'],
    ],
  ])('excerpt "%s" of "%s" → %j', (excerpt, whole, missing) => {
    expect(excerptMismatches(excerpt, whole)).toEqual(missing)
  })
})

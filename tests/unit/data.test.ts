import { describe, expect, it } from 'vitest'
import { citationNumber, numberedSources } from '../../data/citations.ts'
import { figures } from '../../data/figures.ts'
import { sources } from '../../data/sources.ts'

describe('sources registry', () => {
  it.each(Object.entries(sources))('%s has a parseable date, an https URL and a title', (_id, source) => {
    expect(source.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
    expect(Number.isNaN(Date.parse(source.date))).toBe(false)
    expect(new URL(source.url).protocol).toBe('https:')
    expect(source.title.length).toBeGreaterThan(5)
  })

  it('every source is cited by at least one figure or slide marker', async () => {
    const { readFile } = await import('node:fs/promises')
    const { glob } = await import('node:fs/promises')
    let slideText = ''
    for await (const file of glob(['slides.md', 'pages/**/*.md', 'components/**/*.vue']))
      slideText += await readFile(file, 'utf8')
    const cited = new Set(Object.values(figures).map(f => f.source as string))
    for (const id of Object.keys(sources)) {
      if (!cited.has(id))
        expect(slideText, `source ${id} is not used`).toContain(`"${id}"`)
    }
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

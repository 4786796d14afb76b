import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'
import { fontSizeProblems, pageUtilityProblems } from '../support/style-rules.ts'

async function files(dir: string, ext: RegExp): Promise<string[]> {
  const entries = await readdir(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
  return entries.filter(e => e.isFile() && ext.test(e.name) && !e.parentPath.includes('generated')).map(e => join(e.parentPath, e.name))
}

describe('the rules reject what they are for', () => {
  it.each([
    ['.a { font-size: 12px; }', 1],
    ['.a { font-size: 1.2rem !important; }', 1],
    ['.a { font-size: min(var(--deck-size-stat), 24cqi); }', 1],
    ['{ fontSize: 14 }', 1],
    ['.a { font-size: var(--deck-size-body); }', 0],
    ['.a { font-size: var(--deck-size-reference) !important; }', 0],
    ['{ fontSize: typeScale.body }', 0],
    ['sup { font-size: inherit; }', 0],
    ['sup { font-size: 1em; }', 1],
  ])('font sizes: %s → %d problem(s)', (text, count) => {
    expect(fontSizeProblems(text)).toHaveLength(count)
  })

  it.each([
    [
      '<div class="grid grid-cols-2 gap-6 mt-6">',
      ['mt-6'],
    ],
    [
      '<p class="lead mt-8 text-sm">',
      ['mt-8', 'text-sm'],
    ],
    [
      '<div class="deck-card p-5">',
      ['p-5'],
    ],
    ['<div class="grid grid-cols-3 gap-5">', []],
    ['<!--\n<p class="mt-4">in the notes</p>\n-->', []],
  ])('slides: %s → %j', (text, found) => {
    expect(pageUtilityProblems(text).map(p => p.text)).toEqual(found)
  })
})

describe('the deck follows them', () => {
  it('sizes every font in components, layouts, styles and setup from the type scale', async () => {
    const found: string[] = []
    const sources = [
      ...await files('components', /\.(?:vue|ts|css)$/),
      ...await files('layouts', /\.vue$/),
      ...await files('styles', /\.(?:css|ts)$/),
      ...await files('setup', /\.ts$/),
      ...['global-top.vue', 'slide-bottom.vue', 'custom-nav-controls.vue'].map(f => join(PROJECT_ROOT, f)),
    ]
    for (const file of sources) {
      for (const p of fontSizeProblems(await readFile(file, 'utf8')))
        found.push(`${relative(PROJECT_ROOT, file)}:${p.line}: ${p.text} (${p.why})`)
    }
    expect(found).toEqual([])
  })

  it('lets the layout place slide content: no spacing or size classes in slides.md and pages/', async () => {
    const found: string[] = []
    for (const file of [
      join(PROJECT_ROOT, 'slides.md'),
      ...await files('pages', /\.md$/),
    ]) {
      for (const p of pageUtilityProblems(await readFile(file, 'utf8')))
        found.push(`${relative(PROJECT_ROOT, file)}:${p.line}: ${p.text} (${p.why})`)
    }
    expect(found).toEqual([])
  })
})

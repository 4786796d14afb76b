import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasFooter } from '../../components/slide-footer.ts'
import { acts } from '../../data/acts.ts'
import { figures } from '../../data/figures.ts'
import { quotes } from '../../data/quotes.ts'
import { sources } from '../../data/sources.ts'
import { slideReferences } from '../../scripts/check/slide-references.ts'
import { closingIndex, noteBudgetSeconds, parseDuration, PROJECT_ROOT, readSlides, spokenNote, unknownCues } from '../../scripts/lib/deck-info.ts'
import { runHashes } from '../../scripts/lib/fingerprint.ts'

/** A late start or a question must not overrun: the notes' budgets leave this much of the duration free. */
const SLACK_SECONDS = 120

let slides: SlideInfo[]
beforeAll(async () => {
  slides = await readSlides()
})

describe('parseDuration and note budgets', () => {
  it.each([
    ['25min', 1500],
    ['1h 5min', 3900],
    ['90s', 90],
  ])('%s → %d s', (text, seconds) => expect(parseDuration(text)).toBe(seconds))
  it('rejects what it cannot read', () => expect(() => parseDuration('soon')).toThrow(/25min/))
  it('reads a note\'s budget and strips it with the click markers from the spoken text', () => {
    expect(noteBudgetSeconds('[time 45 s] Hello [click] world')).toBe(45)
    expect(noteBudgetSeconds('Time 45 s. Hello')).toBeUndefined()
    expect(spokenNote('[time 45 s] Hello [click] world [click:3] again [cue: pause].')).toBe('Hello world again.')
  })
  it.each([
    ['[time 5 s] Fine [click] [cue: pause]', []],
    [
      '[time 5 s] A typo [clik] here',
      ['[clik]'],
    ],
    [
      '[Time 5 s] Wrong case',
      ['[Time 5 s]'],
    ],
    [
      '[next: the chart] not a cue form',
      ['[next: the chart]'],
    ],
  ])('finds brackets that are not cues in %j', (note, found) => {
    expect(unknownCues(note)).toEqual(found)
  })
})

describe('the talk', () => {
  it('has about 27 slides in the live run, up to the closing slide; the Sources pages come after it', () => {
    const end = closingIndex(slides)
    expect(end, 'the closing slide (layout: end)').toBeGreaterThan(0)
    const live = slides.slice(0, end + 1)
    expect(live.length).toBeGreaterThanOrEqual(25)
    expect(live.length).toBeLessThanOrEqual(29)
    expect(live.filter(s => s.title.startsWith('Sources')).map(s => s.no)).toEqual([])
    expect(slides.slice(end + 1).filter(s => /^Sources \(\d of \d\)$/.test(s.title)).length).toBeGreaterThanOrEqual(1)
  })

  it('marks stage directions only with the cue convention, and keeps cues off the pages after the end', () => {
    const end = closingIndex(slides)
    expect(slides.flatMap(s => unknownCues(s.note).map(c => `slide ${s.no}: ${c}`))).toEqual([])
    expect(slides.slice(end + 1).filter(s => s.note.includes('[')).map(s => s.no)).toEqual([])
  })

  it('gives every slide speaker notes of at least 40 words', () => {
    const short = slides.filter(s => spokenNote(s.note).split(' ').length < 40).map(s => `${s.no} ${s.title}`)
    expect(short).toEqual([])
  })

  it('opens every live slide\'s note with a time budget, and the budgets leave two minutes of slack in the talk\'s duration', () => {
    const live = slides.slice(0, closingIndex(slides) + 1)
    const missing = live.filter(s => noteBudgetSeconds(s.note) === undefined).map(s => s.no)
    expect(missing).toEqual([])
    const total = slides.reduce((sum, s) => sum + (noteBudgetSeconds(s.note) ?? 0), 0)
    const duration = parseDuration(slides[0].frontmatter.duration)
    expect(duration).toBe(25 * 60)
    expect(total).toBeLessThanOrEqual(duration - SLACK_SECONDS)
  })

  it('has one divider slide per act, in order, each reachable by its route alias', () => {
    const dividers = slides.filter(s => s.frontmatter.layout === 'act')
    const expected = Object.entries(acts).filter(([, a]) => a.number > 0).sort((a, b) => a[1].number - b[1].number).map(([id]) => id)
    expect(dividers.map(d => d.frontmatter.act)).toEqual(expected)
    expect(dividers.map(d => d.frontmatter.routeAlias)).toEqual(expected.map(id => `act-${id}`))
  })

  it('gives every slide a title', () => {
    expect(slides.filter(s => !s.title.trim()).map(s => s.no)).toEqual([])
  })

  it('names only figures, quotes and sources that exist in data/', () => {
    const unknown: string[] = []
    for (const slide of slides) {
      const refs = slideReferences(slide.content)
      refs.figures.filter(id => !(id in figures)).forEach(id => unknown.push(`slide ${slide.no}: figure ${id}`))
      refs.quotes.filter(id => !(id in quotes)).forEach(id => unknown.push(`slide ${slide.no}: quote ${id}`))
      refs.cites.filter(id => !(id in sources)).forEach(id => unknown.push(`slide ${slide.no}: source ${id}`))
    }
    expect(unknown).toEqual([])
  })

  it('lists in each footer every source the slide cites', () => {
    const gaps: string[] = []
    for (const slide of slides.filter(s => hasFooter(s.frontmatter))) {
      const declared = (slide.frontmatter.sources as string[] | undefined) ?? []
      for (const id of slideReferences(slide.content).sources) {
        if (!declared.includes(id))
          gaps.push(`slide ${slide.no} (${slide.title}) cites ${id} but its footer does not list it`)
      }
    }
    expect(gaps).toEqual([])
  })

  it('quotes carry their Chinese original marked as Chinese', async () => {
    const card = await readFile(join(PROJECT_ROOT, 'components/QuoteCard.vue'), 'utf8')
    expect(card).toMatch(/lang="zh-Hans"/)
    for (const q of Object.values(quotes))
      expect(q.zh).toMatch(/[\u4E00-\u9FFF]/)
  })
})

describe('the talk paraphrases its source article', () => {
  it('shares no run of 10 words with the article, in slides or notes', async () => {
    const { hashes, runLength } = JSON.parse(await readFile(join(PROJECT_ROOT, 'tests/fixtures/article-fingerprints.json'), 'utf8')) as { hashes: string[], runLength: number }
    expect(runLength).toBe(10)
    expect(hashes.length).toBeGreaterThan(100)
    const article = new Set(hashes)
    const copied = slides.filter(s => [
      ...runHashes(`${s.content}\n${s.note}`),
    ].some(h => article.has(h))).map(s => `${s.no} ${s.title}`)
    expect(copied).toEqual([])
  })

  it('would notice a copied sentence (self-check on the fingerprint function)', () => {
    const text = 'one two three four five six seven eight nine ten eleven'
    const fingerprints = runHashes(text)
    expect(fingerprints.size).toBe(2)
    expect([
      ...runHashes(`Intro words. ${text.toUpperCase()}!`),
    ].some(h => fingerprints.has(h))).toBe(true)
  })
})

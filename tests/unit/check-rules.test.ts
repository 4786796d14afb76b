import type { StageRenderer } from '../../scripts/check/render-server.ts'
import type { DeckSource } from '../../scripts/check/rules.ts'
import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeckSource } from '../../scripts/check/deck-source.ts'
import { formatFinding } from '../../scripts/check/finding.ts'
import { openStageRenderer } from '../../scripts/check/render-server.ts'
import { budgets, checkDeck, diagramRoundClicks, footerSources, noteCues, noteFigures, references, sourceDates, sourceUrls, speakerPlaceholder, stageText, tokenContrast } from '../../scripts/check/rules.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { fillNoteFigures } from '../../scripts/lib/note-figures.ts'
import { colours } from '../../styles/tokens.ts'

/**
 * npm run check's rules (scripts/check/rules.ts): each one fails on a fixture deck made from the real one with one
 * fault, naming the slide, the data id, the rule and the remedy; and the real deck passes them all.
 */
let renderer: StageRenderer
let deck: DeckSource
beforeAll(async () => {
  renderer = await openStageRenderer()
  deck = await readDeckSource(await readSlides(), renderer)
}, 60_000)
afterAll(() => renderer?.close())

/** The deck with slide `no` changed by `edit`. */
function withSlide(no: number, edit: (s: SlideInfo) => Partial<SlideInfo>, stage?: DeckSource['stage'] extends Map<number, infer T> ? T : never): DeckSource {
  const slides = deck.slides.map(s => (s.no === no
    ? {
        ...s,
        ...edit(s),
      }
    : s))
  const staged = new Map(deck.stage)
  if (stage)
    staged.set(no, stage)
  return { ...deck, slides, stage: staged }
}

describe('npm run check on the real deck', () => {
  it('finds nothing', () => {
    expect(checkDeck(deck).map(formatFinding)).toEqual([])
  })
  it('renders every live slide\'s stage text in Node, headline included', () => {
    expect(deck.stage.get(6)?.headline).toMatch(/^R1 is huge/)
    expect(deck.stage.get(6)?.text).toContain('671 B')
    expect(deck.stage.get(11)?.text, 'diagram labels, figures written out').toContain('10,000 GPUs')
  })
})

describe('each rule fails on a fixture', () => {
  it('speaker-placeholder: a stand-in name in talk.config.ts', () => {
    const found = speakerPlaceholder({
      ...deck,
      speaker: { ...deck.speaker, name: 'Your name', event: 'TBD' },
    }).map(formatFinding)
    expect(found).toEqual([
      expect.stringMatching(/^✖ slide 1: the speaker's name in talk\.config\.ts is "Your name", a stand-in .* \[speaker-placeholder\]\n {4}→ write the real name in talk\.config\.ts, or leave it '' to show nothing$/),
      expect.stringMatching(/the speaker's event in talk\.config\.ts is "TBD"/),
    ])
    expect(speakerPlaceholder({
      ...deck,
      speaker: { name: 'Ada Lovelace', role: '', event: 'PyCon Berlin, 12 March 2027' },
    })).toEqual([])
  })
  it('stage-words: a 41st word on screen', async () => {
    const s = deck.slides.find(x => x.no === 6)!
    const text = `${deck.stage.get(6)!.text} ${'word '.repeat(20)}`
    const found = stageText(withSlide(6, () => ({}), {
      ...deck.stage.get(6)!,
      text,
    }))
    expect(found.map(f => f.rule)).toContain('stage-words')
    expect(formatFinding(found.find(f => f.rule === 'stage-words')!)).toMatch(/^✖ slide 6: \d+ words on screen \(at most 40\): "[^"]+" \[stage-words\]\n {4}→ draw the numbers/)
    expect(s.no).toBe(6)
  })
  it('words-per-minute: the same words in a shorter budget', () => {
    const found = stageText(withSlide(6, s => ({
      note: s.note.replace(/^\[time \d+ s\]/, '[time 20 s]'),
    })))
    expect(found.map(formatFinding).join('\n')).toMatch(/slide 6: 35 words in 20 s is 105 words a minute \(at most 60\) \[words-per-minute\]\n {4}→ .*at least 35 s/)
  })
  it('headline-numbers: a number in the headline the slide does not show', () => {
    const stage = deck.stage.get(6)!
    const found = stageText(withSlide(6, () => ({}), {
      ...stage,
      headline: 'R1 is huge, computes like a 38 B model',
      text: stage.text.replace(stage.headline, 'R1 is huge, computes like a 38 B model'),
    }))
    expect(found.map(formatFinding)).toEqual([
      expect.stringMatching(/slide 6: the headline's 38 is not among the figures the slide shows \[headline-numbers\]/),
    ])
  })
  it('note-figure-id: a note citing an unknown figure', () => {
    const found = noteFigures(withSlide(6, s => ({ note: `${s.note} {fig:r1Params}` })))
    expect(found.map(formatFinding)).toEqual([
      expect.stringMatching(/^✖ slide 6, data r1Params: the note cites \{fig:r1Params\}, which is not in data\/figures.ts \[note-figure-id\]/),
    ])
  })
  it('note-contradicts-data: a stale number by hand next to the figure', () => {
    const found = noteFigures(withSlide(13, s => ({
      note: s.note.replace('about {fig:fundingRound2026 in all}', 'about sixty billion yuan'),
    })))
    expect(found.map(formatFinding)).toEqual([
      expect.stringMatching(/slide 13, data fundingRound2026: the note says "sixty billion yuan", the slide shows ¥51 B .* \[note-contradicts-data\]\n {4}→ write \{fig:fundingRound2026\}/),
    ])
  })
  it('note-figure-by-hand: the right number, by hand', () => {
    const found = noteFigures(withSlide(8, s => ({
      note: s.note.replace('{fig:r1ZeroAimeEnd}', 'seventy-eight percent'),
    })))
    expect(found.map(f => `${f.rule} ${f.id}`)).toEqual(['note-figure-by-hand r1ZeroAimeEnd'])
  })
  it('diagram-rounds: a diagram told in more rounds than the slide has clicks', () => {
    const loop = '```mermaid\nflowchart LR\n  W["{round 1: a}<br/>{round 3: c}"] --> N\n  N r2a@--> W\n```\n'
    expect(diagramRoundClicks(withSlide(6, () => ({
      content: loop,
      frontmatter: { clicks: 1 },
    }))).map(formatFinding)).toEqual([
      expect.stringMatching(/slide 6: the diagram is told in 3 rounds but the slide has 1 click\(s\), so round 3 never shows \[diagram-rounds\][\s\S]*clicks: 2/),
    ])
    expect(diagramRoundClicks(withSlide(6, () => ({
      content: loop,
      frontmatter: { clicks: 2 },
    })))).toEqual([])
    expect(diagramRoundClicks(deck), 'the talk as it is').toEqual([])
  })

  it('note-budget and talk-budget: a missing budget, and budgets over the slot', () => {
    expect(budgets(withSlide(6, s => ({
      note: s.note.replace(/^\[time \d+ s\]/, ''),
    }))).map(f => `${f.rule} ${f.slide}`)).toEqual(['note-budget 6'])
    expect(budgets(withSlide(6, s => ({
      note: s.note.replace(/^\[time \d+ s\]/, '[time 600 s]'),
    }))).map(f => f.rule)).toEqual(['talk-budget'])
  })
  it('note-cues: a bracket that is not a cue', () => {
    expect(noteCues(withSlide(6, s => ({ note: `${s.note} [clik]` }))).map(formatFinding)).toEqual([
      expect.stringMatching(/slide 6: the note has "\[clik\]"/),
    ])
  })
  it('unknown-reference and footer-sources: a figure that does not exist, a source the footer misses', () => {
    expect(references(withSlide(6, s => ({ content: `${s.content}\n<StatCard figure="noSuchFigure" />` }))).map(f => `${f.rule} ${f.id}`)).toEqual(['unknown-reference noSuchFigure'])
    expect(footerSources(withSlide(6, s => ({
      frontmatter: { ...s.frontmatter, sources: [] },
    }))).map(f => `${f.rule} ${f.id}`)).toContain('footer-sources deepseek-r1-paper')
  })
  it('source-after-as-of and source-url: a source from the future, and one on a placeholder or loopback host', () => {
    const [id, source] = Object.entries(deck.sources)[0]
    expect(sourceDates({
      ...deck,
      sources: {
        [id]: { ...source, date: '2099-01-01' },
      },
    }).map(f => `${f.rule} ${f.id}`)).toEqual([`source-after-as-of ${id}`])
    for (const url of [
      'https://example.com/a',
      'https://news.invalid/a',
      'https://paper.test/x',
      'http://127.0.0.1:3030/',
    ]) {
      expect(sourceUrls({
        ...deck,
        sources: {
          [id]: { ...source, url },
        },
      }).map(f => f.rule), url).toEqual(['source-url'])
    }
  })
})

describe('token-contrast', () => {
  it('fails on a light DeepSeek blue too pale for the background, naming the pair and the file', () => {
    const pale = {
      ...colours,
      light: {
        ...colours.light,
        actor: { ...colours.light.actor, deepseek: '#6f9bff' },
      },
    }
    expect(tokenContrast(pale).map(f => f.detail)).toContain('light: deepseek on bg (#6f9bff on #ffffff) has contrast 2.69:1 (at least 4.5:1)')
    expect(tokenContrast()).toEqual([])
  })
})

describe('notes cite figures by id', () => {
  it.each([
    ['{fig:r1ActiveParams} of them', '37 B of them'],
    ['about {fig:fundingRound2026 in all}', 'about ¥51 B in all (reported)'],
    ['{fig:nope}', '{fig:nope?}'],
  ])('%s → %s', (note, text) => expect(fillNoteFigures(note)).toBe(text))
})

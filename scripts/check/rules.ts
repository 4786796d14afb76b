import type { Source } from '../../data/schema.ts'
import type { Speaker } from '../../talk.config.ts'
import type { SlideInfo } from '../lib/deck-info.ts'
import type { FigureTable } from '../lib/note-figures.ts'
import type { Finding } from './finding.ts'
import type { StageText } from './stage-render.ts'
import { hasFooter } from '../../components/slide-footer.ts'
import { placeholderFields } from '../../components/speaker-text.ts'
import { AS_OF } from '../../data/as-of.ts'
import { formatFigure } from '../../data/format.ts'
import { unshippableUrlReason } from '../../deck.config.ts'
import { contrastRatio } from '../../styles/contrast.ts'
import { colours } from '../../styles/tokens.ts'
import { STAGE_RULES, unbackedHeadlineNumbers } from '../../tests/e2e/stage-rules.ts'
import { closingIndex, noteBudgetSeconds, parseDuration, unknownCues } from '../lib/deck-info.ts'
import { diagramRounds, mermaidBlocks } from '../lib/diagram-source.ts'
import { NOTE_FIGURE, unknownNoteFigures } from '../lib/note-figures.ts'
import { deckClaims, expiredClaims, uncheckedClaims } from './claims.ts'
import { countWords } from './finding.ts'
import { agrees, contradicts, noteNumbers, sameUnit } from './note-numbers.ts'
import { slideReferences } from './slide-references.ts'

/** What the rules read: the slides as Slidev parses them, each live slide's stage text, and the data. */
export interface DeckSource {
  slides: SlideInfo[]
  /** The stage text of each slide at its last click step, rendered without a browser (stage-render.ts). */
  stage: Map<number, StageText>
  figures: FigureTable
  sources: Record<string, Source>
  quotes: Record<string, unknown>
  asOf: string
  /** Who gives the talk (talk.config.ts). */
  speaker: Speaker
}

export type Rule = (deck: DeckSource) => Finding[]

/** A diagram told in rounds needs a click per round after the first, or its last rounds never show. */
export const diagramRoundClicks: Rule = deck => deck.slides.flatMap((slide) => {
  const rounds = Math.max(1, ...mermaidBlocks(slide.content).map(diagramRounds))
  const clicks = Number(slide.frontmatter.clicks ?? 0)
  return rounds > 1 && clicks < rounds - 1
    ? [
        {
          rule: 'diagram-rounds',
          slide: slide.no,
          detail: `the diagram is told in ${rounds} rounds but the slide has ${clicks} click(s), so round ${clicks + 2} never shows`,
          remedy: `set "clicks: ${rounds - 1}" in the slide's frontmatter`,
        },
      ]
    : []
})

/** The budgets of the notes leave this much of the talk's duration for a late start or a question. */
export const SLACK_SECONDS = 120

const live = (deck: DeckSource) => deck.slides.slice(0, closingIndex(deck.slides) + 1)

/** A slide names a figure, quote or source that is not in data/. */
export const references: Rule = deck => deck.slides.flatMap((slide) => {
  const refs = slideReferences(slide.content)
  const missing = (ids: string[], table: Record<string, unknown>, file: string, kind: string) => ids
    .filter(id => !(id in table))
    .map(id => ({
      rule: 'unknown-reference',
      slide: slide.no,
      id,
      detail: `the slide names the ${kind} "${id}", which does not exist`,
      remedy: `add it to ${file}, or fix the spelling`,
    }))
  return [
    ...missing(refs.figures, deck.figures, 'data/figures.ts', 'figure'),
    ...missing(refs.quotes, deck.quotes, 'data/quotes.ts', 'quote'),
    ...missing(refs.cites, deck.sources, 'data/sources/', 'source'),
  ]
})

/** Every source a slide cites appears in its footer. */
export const footerSources: Rule = deck => deck.slides.filter(s => hasFooter(s.frontmatter)).flatMap((slide) => {
  const declared = (slide.frontmatter.sources as string[] | undefined) ?? []
  return slideReferences(slide.content).sources.filter(id => !declared.includes(id)).map(id => ({
    rule: 'footer-sources',
    slide: slide.no,
    id,
    detail: `the slide cites ${id} but its footer does not list it`,
    remedy: `add ${id} to the slide's "sources:" frontmatter`,
  }))
})

/** Square brackets in notes are cues only; every live slide opens with its budget; the budgets fit the slot. */
export const noteCues: Rule = deck => deck.slides.flatMap(slide => unknownCues(slide.note).map(cue => ({
  rule: 'note-cues',
  slide: slide.no,
  detail: `the note has "${cue}", which is not a cue and would be printed in the handout`,
  remedy: 'write [time N s], [click] or [cue: …], or drop the brackets',
})))

export const budgets: Rule = (deck) => {
  const out: Finding[] = live(deck).filter(s => noteBudgetSeconds(s.note) === undefined).map(s => ({
    rule: 'note-budget',
    slide: s.no,
    detail: 'the note does not open with a time budget',
    remedy: 'start the note with "[time N s]", the seconds you plan to spend on the slide',
  }))
  const total = deck.slides.reduce((sum, s) => sum + (noteBudgetSeconds(s.note) ?? 0), 0)
  const duration = parseDuration(deck.slides[0]?.frontmatter.duration)
  if (total > duration - SLACK_SECONDS) {
    out.push({
      rule: 'talk-budget',
      detail: `the notes' budgets add up to ${Math.floor(total / 60)} min ${total % 60} s, more than the ${duration / 60}-minute slot less ${SLACK_SECONDS / 60} min of slack`,
      remedy: 'lower some [time N s] budgets (the longest slides first), or cut a slide',
    })
  }
  return out
}

/** No source is dated after the talk's as-of date, and none may point at a placeholder or this machine. */
export const sourceDates: Rule = deck => Object.entries(deck.sources).filter(([, s]) => s.date.slice(0, 10) > deck.asOf).map(([id, s]) => ({
  rule: 'source-after-as-of',
  id,
  detail: `the source is dated ${s.date}, after the talk's as-of date ${deck.asOf}`,
  remedy: 'move AS_OF in data/as-of.ts forward (and check every claim against it), or fix the date',
}))

export const sourceUrls: Rule = deck => Object.entries(deck.sources).flatMap(([id, s]) => {
  const reason = unshippableUrlReason(s.url)
  return reason
    ? [
        {
          rule: 'source-url',
          id,
          detail: `the source's URL ${s.url} is ${reason}`,
          remedy: 'give the deep link to the published page, in data/sources/',
        },
      ]
    : []
})

/** Notes cite figures that exist, and write none by hand that the data holds. */
export const noteFigures: Rule = deck => deck.slides.flatMap((slide) => {
  const out: Finding[] = unknownNoteFigures(slide.note, deck.figures).map(id => ({
    rule: 'note-figure-id',
    slide: slide.no,
    id,
    detail: `the note cites {fig:${id}}, which is not in data/figures.ts`,
    remedy: 'fix the id (the figures are listed in data/figures.ts)',
  }))
  const prose = slide.note.replace(NOTE_FIGURE, ' ')
  const shown = slideReferences(slide.content).figures.filter(id => id in deck.figures)
  for (const noted of noteNumbers(prose)) {
    const alike = shown.filter(id => sameUnit(deck.figures[id].unit, noted))
    // A number that is one of the slide's figures is that figure, written by hand; it contradicts none of the others.
    const agreeing = alike.filter(id => agrees(noted.value, deck.figures[id].value))
    for (const id of agreeing) {
      out.push({
        rule: 'note-figure-by-hand',
        slide: slide.no,
        id,
        detail: `the note writes "${noted.text}" by hand for a figure the slide shows (${formatFigure(deck.figures[id])})`,
        remedy: `write {fig:${id}} instead, so the note cannot go stale when the figure changes`,
      })
    }
    if (agreeing.length)
      continue
    for (const id of alike.filter(id => contradicts(noted.value, deck.figures[id].value))) {
      const figure = deck.figures[id]
      out.push({
        rule: 'note-contradicts-data',
        slide: slide.no,
        id,
        detail: `the note says "${noted.text}", the slide shows ${formatFigure(figure)} (${figure.label})`,
        remedy: `write {fig:${id}} in the note instead of the number, so it follows the data`,
      })
    }
  }
  return out
})

/** On the stage: at most 40 words, at most 60 words a minute of the budget, and headline numbers the slide shows. */
export const stageText: Rule = deck => live(deck).flatMap((slide) => {
  const stage = deck.stage.get(slide.no)
  if (!stage)
    return []
  const out: Finding[] = []
  const words = countWords(stage.text)
  if (words > STAGE_RULES.maxWords) {
    out.push({
      rule: 'stage-words',
      slide: slide.no,
      detail: `${words} words on screen (at most ${STAGE_RULES.maxWords}): "${stage.text.replace(/\s+/g, ' ').trim()}"`,
      remedy: 'draw the numbers (a chart or diagram) or move words to the note; the page keeps the detail',
    })
  }
  const budget = noteBudgetSeconds(slide.note)
  if (budget && words / (budget / 60) > STAGE_RULES.maxWordsPerMinute) {
    out.push({
      rule: 'words-per-minute',
      slide: slide.no,
      detail: `${words} words in ${budget} s is ${Math.round(words / (budget / 60))} words a minute (at most ${STAGE_RULES.maxWordsPerMinute})`,
      remedy: `cut words on screen, or give the slide at least ${Math.ceil(words / STAGE_RULES.maxWordsPerMinute * 60)} s in its [time N s]`,
    })
  }
  if (slide.frontmatter.layout === 'default' || slide.frontmatter.layout === undefined) {
    for (const n of unbackedHeadlineNumbers(stage.headline, stage.evidence)) {
      out.push({
        rule: 'headline-numbers',
        slide: slide.no,
        detail: `the headline's ${n} is not among the figures the slide shows`,
        remedy: 'show the figure in the evidence (from data/figures.ts), or take the number out of the headline',
      })
    }
  }
  return out
})

/** Claims whose wording expired by the as-of date, and claims on live slides not checked since it. */
export const claimDates: Rule = (deck) => {
  const claims = deckClaims(deck.slides)
  return [
    ...expiredClaims(claims, deck.asOf),
    ...uncheckedClaims(claims, deck.slides, deck.asOf),
  ]
}

/** Text colours on every surface they sit on, in light and dark: at least 4.5:1 (WCAG AA). */
export const TOKEN_CONTRAST = 4.5

export function tokenPairs(palette: typeof colours = colours): Array<{ mode: string, name: string, fg: string, bg: string }> {
  return (['light', 'dark'] as const).flatMap((mode) => {
    const c = palette[mode]
    return [
      { name: 'text on bg', fg: c.text, bg: c.bg },
      { name: 'text on surface', fg: c.text, bg: c.surface },
      { name: 'muted on bg', fg: c.muted, bg: c.bg },
      { name: 'muted on surface', fg: c.muted, bg: c.surface },
      ...Object.entries(c.actor).flatMap(([actor, colour]) => {
        const fill = c.actorFill[actor as keyof typeof c.actorFill]
        return [
          { name: `${actor} on bg`, fg: colour, bg: c.bg },
          { name: `${actor} on surface`, fg: colour, bg: c.surface },
          { name: `${actor} on its fill`, fg: colour, bg: fill },
          { name: `text on ${actor} fill`, fg: c.text, bg: fill },
        ]
      }),
    ].map(pair => ({ mode, ...pair }))
  })
}

/** A token edit breaks contrast somewhere: named by mode and pair, in seconds, before any browser. */
export function tokenContrast(palette: typeof colours = colours): Finding[] {
  return tokenPairs(palette)
    .filter(p => contrastRatio(p.fg, p.bg) < TOKEN_CONTRAST)
    .map(p => ({
      rule: 'token-contrast',
      detail: `${p.mode}: ${p.name} (${p.fg} on ${p.bg}) has contrast ${contrastRatio(p.fg, p.bg).toFixed(2)}:1 (at least ${TOKEN_CONTRAST}:1)`,
      remedy: `change the colour in styles/tokens.ts (${p.mode}), then restart npm run dev`,
    }))
}

/** The speaker's line on the title and closing slides holds real words or nothing, never a stand-in. */
export const speakerPlaceholder: Rule = deck => placeholderFields(deck.speaker).map(({ field, value }) => ({
  rule: 'speaker-placeholder',
  slide: 1,
  detail: `the speaker's ${field} in talk.config.ts is "${value}", a stand-in the title and closing slides would show`,
  remedy: `write the real ${field} in talk.config.ts, or leave it '' to show nothing`,
}))

export const RULES: Record<string, Rule> = {
  references,
  footerSources,
  noteCues,
  diagramRoundClicks,
  budgets,
  sourceDates,
  sourceUrls,
  noteFigures,
  stageText,
  claimDates,
  speakerPlaceholder,
  tokens: () => tokenContrast(),
}

/** Every rule over the deck, in order. */
export function checkDeck(deck: DeckSource, rules: Rule[] = Object.values(RULES)): Finding[] {
  return rules.flatMap(rule => rule(deck))
}

export { AS_OF }

import type { Figure } from '../../data/schema.ts'
import { certaintyQualifier } from '../../data/certainty.ts'
import { figures as deckFigures } from '../../data/figures.ts'
import { formatFigure } from '../../data/format.ts'

/**
 * Figures in speaker notes come from data/figures.ts, as in diagrams: a note writes `{fig:r1ActiveParams}` (or
 * `{fig:r1ActiveParams parameters}` for words after the value) and every place the note appears (presenter view,
 * handout, transcript, reader) says "37 B parameters", with "(reported)" or "(alleged)" when the figure is not from a
 * primary record. A note then cannot contradict the slide's data: change the figure and the note follows.
 */
export const NOTE_FIGURE = /\{fig:([\w-]+)(?: ([^{}]+))?\}/g

export type FigureTable = Record<string, Figure<string>>

/** The ids a note cites with `{fig:id}`, in order. */
export function noteFigureIds(note: string): string[] {
  return [
    ...note.matchAll(NOTE_FIGURE),
  ].map(m => m[1])
}

/** Ids a note cites that are not figures: each is a broken citation. */
export function unknownNoteFigures(note: string, table: FigureTable = deckFigures): string[] {
  return noteFigureIds(note).filter(id => !(id in table))
}

/**
 * The note with every `{fig:id}` written out. An unknown id stays visible as "{fig:id?}" rather than failing the
 * presenter view mid-talk; `npm run check` (rule note-figure-id) fails on it before that can happen.
 */
export function fillNoteFigures(note: string, table: FigureTable = deckFigures): string {
  return note.replace(NOTE_FIGURE, (_, id: string, words: string | undefined) => {
    const figure = table[id]
    if (!figure)
      return `{fig:${id}?}`
    const qualifier = certaintyQualifier(figure.certainty)
    return [
      formatFigure(figure),
      words,
      qualifier && `(${qualifier})`,
    ].filter(Boolean).join(' ')
  })
}

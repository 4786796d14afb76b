/**
 * Compile-time tests, checked by `npm run typecheck`: each `@ts-expect-error` must stay an error,
 * or vue-tsc reports it as unused and the typecheck fails.
 */
import type { Figure } from './schema.ts'
import type { SourceId } from './sources.ts'

type DeckFigure = Figure<SourceId>

export const unknownSource: DeckFigure = {
  label: 'x',
  value: 1,
  unit: '%',
  // @ts-expect-error a figure naming a source that is not in the registry must not compile
  source: 'no-such-source',
  certainty: 'primary',
}

// @ts-expect-error a figure must name its source
export const missingSource: DeckFigure = {
  label: 'x',
  value: 1,
  unit: '%',
  certainty: 'primary',
}

// @ts-expect-error a figure must say how sure we are: primary, reported or alleged
export const missingCertainty: DeckFigure = {
  label: 'x',
  value: 1,
  unit: '%',
  source: 'deepseek-v3-paper',
}

export const unknownCertainty: DeckFigure = {
  label: 'x',
  value: 1,
  unit: '%',
  source: 'deepseek-v3-paper',
  // @ts-expect-error only primary, reported or alleged
  certainty: 'rumoured',
}

export const knownSource: DeckFigure = {
  label: 'x',
  value: 1,
  unit: '%',
  source: 'deepseek-v3-paper',
  certainty: 'primary',
}

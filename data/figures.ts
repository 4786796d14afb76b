import { coldOpenFigures } from './figures/0-cold-open.ts'
import { riseFigures } from './figures/1-rise.ts'
import { originsFigures } from './figures/2-origins.ts'
import { efficiencyFigures } from './figures/4-efficiency.ts'
import { openSourceFigures } from './figures/5-open-source.ts'

/**
 * Every number a slide shows, merged from one file per act under data/figures/ (as data/sources/ does for sources).
 * Values and caveats follow ../shared/research/facts.md (HIGH/MED entries only) as corrected by the fact-checks.
 */
export const figures = {
  ...coldOpenFigures,
  ...riseFigures,
  ...originsFigures,
  ...efficiencyFigures,
  ...openSourceFigures,
}

export type FigureId = keyof typeof figures

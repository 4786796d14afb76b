import { coldOpenSources } from './sources/0-cold-open.ts'
import { riseSources } from './sources/1-rise.ts'
import { originsSources } from './sources/2-origins.ts'
import { squeezeChipSources } from './sources/3-squeeze-chips.ts'
import { squeezeSources } from './sources/3-squeeze.ts'
import { efficiencySources } from './sources/4-efficiency.ts'
import { openSourceSources } from './sources/5-open-source.ts'

/**
 * The sources registry: every figure cites one of these ids, and the Sources slides are generated from it.
 * One file per act under data/sources/, merged in the talk's order: a source's number is its place here.
 * Only HIGH or MED items of the fact sheets are used; each URL is a deep link to the document itself.
 */
export const sources = {
  ...coldOpenSources,
  ...riseSources,
  ...originsSources,
  ...squeezeSources,
  ...squeezeChipSources,
  ...efficiencySources,
  ...openSourceSources,
}

export type SourceId = keyof typeof sources

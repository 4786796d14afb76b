import type { ChipId } from '../data/chips.ts'
import type { SourceId } from '../data/sources.ts'
import { chips } from '../data/chips.ts'

/** The narrower pipe, drawn to scale: each chip's chip-to-chip link bandwidth as a pipe thickness. Pure. */
export interface Pipe {
  chip: ChipId
  name: string
  /** GB/s, bidirectional aggregate (NVLink). */
  bandwidth: number
  /** Thickness in px, proportional to bandwidth. */
  thickness: number
  /** Press or dealer figure, not a datasheet: the label says so. */
  secondary: boolean
  source: SourceId
}

export function pipes(ids: ChipId[], maxThickness: number): Pipe[] {
  const values = ids.map((id) => {
    const links = chips[id].chipLinks
    if (!links || links.min !== links.max)
      throw new Error(`${chips[id].name} has no single chip-to-chip bandwidth in data/chips.ts, so its pipe cannot be drawn.`)
    return { id, links }
  })
  const widest = Math.max(...values.map(v => v.links.max))
  return values.map(({ id, links }) => ({
    chip: id,
    name: chips[id].name,
    bandwidth: links.max,
    thickness: links.max / widest * maxThickness,
    secondary: links.provenance !== 'official',
    source: links.source,
  }))
}

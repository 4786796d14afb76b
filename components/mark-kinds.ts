import type { ChipClass } from './chip-metrics.ts'
import { CONTROLLED } from './chip-metrics.ts'

/** How the threshold chart tells classes apart: a shape per licence status; the colour says who made the chip. */

export const MARK_RADIUS = 8

export type MarkShape = 'square' | 'circle' | 'diamond' | 'triangle'
/** The visual class of a mark: its shape follows it, so greyscale and a washed-out projector keep it apart. */
export type MarkKind = 'controlled' | 'free' | 'review' | 'comparison'

export function markKind(c: ChipClass): MarkKind {
  if (CONTROLLED.has(c))
    return 'controlled'
  if (c === 'case-by-case')
    return 'review'
  if (c === 'no-licence' || c === 'outside-3A090')
    return 'free'
  return 'comparison'
}

export const SHAPES: Record<MarkKind, MarkShape> = {
  controlled: 'square',
  free: 'circle',
  review: 'diamond',
  comparison: 'triangle',
}
export const KIND_LABELS: Record<MarkKind, string> = {
  controlled: 'licence needed',
  free: 'no licence',
  review: 'case-by-case',
  comparison: 'non-U.S. chip',
}

/** An SVG path for a mark of the given shape centred on (x, y); every shape has about the same area. */
export function shapePath(shape: MarkShape, x: number, y: number, r = MARK_RADIUS): string {
  const f = (n: number) => Math.round(n * 100) / 100
  switch (shape) {
    case 'square': {
      const h = r * 0.89
      return `M${f(x - h)},${f(y - h)}h${f(2 * h)}v${f(2 * h)}h${f(-2 * h)}Z`
    }
    case 'diamond': {
      const d = r * 1.25
      return `M${f(x)},${f(y - d)}L${f(x + d)},${f(y)}L${f(x)},${f(y + d)}L${f(x - d)},${f(y)}Z`
    }
    case 'triangle': {
      const t = r * 1.35
      return `M${f(x)},${f(y - t)}L${f(x + t * 0.87)},${f(y + t * 0.5)}L${f(x - t * 0.87)},${f(y + t * 0.5)}Z`
    }
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`
  }
}

/**
 * Mark colours, as design-token actor names. A colour means one actor across the talk (styles/tokens.ts), so a chip
 * is coloured by who makes it (Nvidia's green; a non-U.S. chip in ink) and its licence status is told by its shape.
 */
export const KIND_ACTOR: Record<MarkKind, 'industry' | 'ink'> = {
  controlled: 'industry',
  free: 'industry',
  review: 'industry',
  comparison: 'ink',
}

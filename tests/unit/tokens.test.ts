import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../styles/contrast.ts'
import { colours, cssVariables } from '../../styles/tokens.ts'

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s ≈ %d', (a, b, expected) => expect(contrastRatio(a, b)).toBeCloseTo(expected, 1))
})

describe('design tokens meet WCAG AA (4.5:1) where text sits', () => {
  for (const mode of ['light', 'dark'] as const) {
    const c = colours[mode]
    const pairs: Array<[string, string, string]> = [
      ['text on bg', c.text, c.bg],
      ['text on surface', c.text, c.surface],
      ['muted on bg', c.muted, c.bg],
      ['muted on surface', c.muted, c.surface],
      ...Object.entries(c.actor).flatMap(([actor, colour]): Array<[string, string, string]> => [
        [`${actor} on bg`, colour, c.bg],
        [`${actor} on surface`, colour, c.surface],
        [`${actor} on its fill`, colour, c.actorFill[actor as keyof typeof c.actorFill]],
        [`text on ${actor} fill`, c.text, c.actorFill[actor as keyof typeof c.actorFill]],
      ]),
    ]
    it.each(pairs)(`${mode}: %s`, (_name, fg, bg) => {
      expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5)
    })
  }
})

describe('cssVariables', () => {
  it('exposes every actor colour and type step for both modes', () => {
    for (const mode of ['light', 'dark'] as const) {
      const vars = cssVariables(mode)
      for (const actor of Object.keys(colours[mode].actor))
        expect(vars[`--deck-${actor}`]).toBe(colours[mode].actor[actor as keyof typeof colours.light.actor])
      expect(vars['--deck-size-body']).toBe('20px')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { tokenPairs } from '../../scripts/check/rules.ts'
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
  // The same pairs npm run check judges (scripts/check/rules.ts, tokenPairs).
  it.each(tokenPairs().map(p => [`${p.mode}: ${p.name}`, p.fg, p.bg]))('%s', (_name, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5)
  })
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

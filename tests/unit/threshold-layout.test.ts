import type { Step } from '../../components/threshold-layout.ts'
import { describe, expect, it } from 'vitest'
import { pipes } from '../../components/pipe-widths.ts'
import { markKind, marks, PAGE_STEPS, placeLabels, PLOT, ruleShapes, scale, SHAPES, STEPS } from '../../components/threshold-layout.ts'
import { regime } from '../../data/chip-rules.ts'

const at = (i: number) => STEPS[i]

describe('threshold chart geometry', () => {
  it('puts every mark inside the plot, at the position of its computed values', () => {
    for (const step of STEPS) {
      for (const m of marks(step)) {
        expect(m.x).toBeGreaterThanOrEqual(PLOT.left)
        expect(m.x).toBeLessThanOrEqual(PLOT.width - PLOT.right)
        expect(m.y).toBeGreaterThanOrEqual(PLOT.top)
        expect(m.y).toBeLessThanOrEqual(PLOT.height - PLOT.bottom)
      }
    }
    const h100 = marks(at(0)).find(m => m.key === 'h100')!
    expect(h100.x).toBeCloseTo(scale.x(15832), 6)
    expect(h100.y).toBeCloseTo(scale.y('io', 1028), 6)
  })

  it.each([
    [
      0,
      ['a100', 'licence needed'],
      ['h100', 'licence needed'],
    ],
    [
      1,
      ['a800', 'no licence'],
      ['h800', 'no licence'],
    ],
    [
      2,
      ['h20', 'no licence'],
      ['a100', 'licence needed'],
    ],
    [
      3,
      ['h20', 'licence needed'],
      ['h100', 'licence needed'],
    ],
    [
      4,
      ['h200', 'case-by-case'],
      ['b200', 'licence needed'],
    ],
  ] as const)('step %i: %j and %j', (i, first, second) => {
    const expected = [first, second]
    const kinds = {
      controlled: 'licence needed',
      free: 'no licence',
      review: 'case-by-case',
      comparison: 'non-U.S. chip',
    } as const
    for (const [chip, label] of expected) {
      const m = marks(at(i)).find(m => m.key === chip)!
      expect(kinds[m.kind]).toBe(label)
    }
  })

  it('shows the H20 just under both 2023 lines: left of 2,400 and below 3.2', () => {
    const h20 = marks(at(2)).find(m => m.key === 'h20')!
    expect(h20.x).toBeLessThan(scale.x(2400))
    expect(h20.y).toBeGreaterThan(scale.y('density', 3.2))
    expect(h20.hollow).toBe(true)
  })

  it('draws the 2022 licence box from the rule\'s own thresholds; moving a threshold moves the box', () => {
    const [box] = ruleShapes(at(0)).regions
    expect(box.x).toBeCloseTo(scale.x(4800), 6)
    expect(box.y + box.height).toBeCloseTo(scale.y('io', 600), 6)
    const rule = regime('oct-2022').rule
    expect(rule).toEqual({ kind: 'tpp-and-io', tpp: 4800, io: 600 })
  })

  it('joins chips at the same point into one mark: A100 and A800 share the 2023 position', () => {
    const labels = marks(at(2)).map(m => m.label)
    expect(labels).toContain('A100 / A800*')
    expect(labels).toContain('H100 / H800*')
  })

  it('gives every kind of mark its own shape, so greyscale keeps the classes apart', () => {
    expect(new Set(Object.values(SHAPES)).size).toBe(Object.keys(SHAPES).length)
    expect(markKind('licence')).toBe('controlled')
    expect(markKind('case-by-case')).toBe('review')
  })

  it('draws the Ascend 910C as a range of estimates, not a point', () => {
    const m = marks(at(4)).find(m => m.key === 'ascend-910c')!
    expect(m.rx).toBeGreaterThan(1)
    expect(m.hollow).toBe(true)
    expect(m.kind).toBe('comparison')
  })

  it('puts a label on the left when the right is taken or off the plot', () => {
    const base = {
      key: 'a',
      label: 'Ascend 910C*',
      kind: 'free',
      shape: 'circle',
      hollow: false,
      secondary: false,
      y: 100,
      rx: 0,
      ry: 0,
      lx: 0,
      ly: 0,
      anchor: 'start',
    } as const
    const [left] = placeLabels([
      { ...base, x: 500 },
      {
        ...base,
        key: 'b',
        label: 'H100',
        x: 560,
      },
    ])
    expect(left.anchor).toBe('end')
    const [free] = placeLabels([
      { ...base, x: 500 },
      {
        ...base,
        key: 'b',
        label: 'H100',
        x: 560,
        y: 200,
      },
    ])
    expect(free.anchor).toBe('start')
    const [edge] = placeLabels([
      { ...base, x: PLOT.width - 20 },
    ])
    expect(edge.anchor).toBe('end')
  })

  it('refuses a chip without a value for the axis, naming it', () => {
    const step: Step = {
      regime: 'oct-2023',
      yAxis: 'density',
      chips: ['ascend-910c'],
      caption: '',
    }
    expect(() => marks(step)).toThrow(/Ascend 910C has no value for the density axis/)
  })
})

describe('the reader\'s four rules', () => {
  it('draw the last step under each rule, one panel per rule, in order, ending on the stage\'s last step', () => {
    const regimes = PAGE_STEPS.map(i => STEPS[i].regime)
    expect(regimes, 'components/threshold-steps.ts PAGE_STEPS').toEqual([
      ...new Set(STEPS.map(s => s.regime)),
    ])
    expect(PAGE_STEPS.at(-1)).toBe(STEPS.length - 1)
    for (const i of PAGE_STEPS)
      expect(STEPS[i + 1]?.regime, `step ${i} is not the last under ${STEPS[i].regime}`).not.toBe(STEPS[i].regime)
  })
})

describe('the narrower pipe', () => {
  it('draws H100 and H800 links to scale: 900 against 400 GB/s', () => {
    const [h100, h800] = pipes(['h100', 'h800'], 90)
    expect(h100.thickness).toBe(90)
    expect(h800.thickness).toBe(40)
    expect(h800.secondary).toBe(true)
    expect(h100.secondary).toBe(false)
  })
  it('refuses a chip whose link bandwidth is unknown', () => {
    expect(() => pipes(['ascend-910c'], 90)).toThrow(/no single chip-to-chip bandwidth/)
  })
})

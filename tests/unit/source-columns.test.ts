import type { Block } from '../../components/source-columns.ts'
import { describe, expect, it } from 'vitest'
import { blockWeight, splitColumns } from '../../components/source-columns.ts'

function entry(n: number): Block<string> {
  return {
    kind: 'entry',
    entry: 'x'.repeat(n),
  }
}
const heading = (title: string): Block<string> => ({ kind: 'heading', title })
const weight = (b: Block<string>) => blockWeight(b, e => e)

describe('splitColumns', () => {
  it('balances one long act over both columns (the Firefox bug put it all on the right)', () => {
    const blocks = [
      heading('The squeeze'),
      ...Array.from({ length: 12 }, () => entry(120)),
    ]
    const [left, right] = splitColumns(blocks, weight)
    expect(left.length).toBeGreaterThan(1)
    expect(right.length).toBeGreaterThan(1)
    const height = (col: Block<string>[]) => col.reduce((s, b) => s + weight(b), 0)
    expect(Math.abs(height(left) - height(right))).toBeLessThanOrEqual(3)
  })
  it('never ends the first column with a heading', () => {
    const blocks = [
      heading('A'),
      entry(300),
      entry(300),
      heading('B'),
      entry(60),
      entry(60),
      entry(60),
    ]
    const [left] = splitColumns(blocks, weight)
    expect(left.at(-1)!.kind).toBe('entry')
  })
  it('keeps every block, in order', () => {
    const blocks = [
      heading('A'),
      entry(10),
      heading('B'),
      entry(400),
      entry(20),
    ]
    const [left, right] = splitColumns(blocks, weight)
    expect([
      ...left,
      ...right,
    ]).toEqual(blocks)
  })
  it.each([
    [
      heading('A'),
      1.5,
    ],
    [
      entry(62),
      1.3,
    ],
    [
      entry(63),
      2.3,
    ],
  ])('weighs %j as %d lines', (block, lines) => expect(weight(block)).toBeCloseTo(lines, 5))
})

import { describe, expect, it } from 'vitest'
import { handoutSizeProblems, textRunsOf } from '../../tests/e2e/pdf-text-sizes.ts'

describe('textRunsOf: text sizes from a content stream', () => {
  it.each([
    [
      'BT /F1 12 Tf 1 0 0 1 10 20 Tm (Hi) Tj ET',
      12,
      10,
      20,
    ],
    [
      'q .24 0 0 -.24 0 841.92 cm q 3.125 0 0 3.125 0 0 cm BT /F6 14.66 Tf 1 0 0 -1 56 2309 Tm <0001> Tj ET Q Q',
      10.995,
      42,
      -889.83,
    ],
    [
      'q 2 0 0 2 0 0 cm Q BT /F1 10 Tf 0 0 Td [(A) 50 (B)] TJ ET',
      10,
      0,
      0,
    ],
    [
      'BT /F1 8 Tf 3 0 0 3 0 0 Tm 1 1 Td (x) Tj ET',
      24,
      3,
      3,
    ],
  ])('%s → %d pt at (%d, %d)', (stream, pt, x, y) => {
    const [run] = textRunsOf(stream)
    expect(run.pt).toBeCloseTo(pt, 2)
    expect(run.x).toBeCloseTo(x, 1)
    expect(run.y).toBeCloseTo(y, 1)
  })
})

describe('handoutSizeProblems', () => {
  const regions = [
    {
      page: 1,
      kind: 'slide' as const,
      x: 30,
      y: 400,
      width: 500,
      height: 280,
    },
    {
      page: 1,
      kind: 'prose' as const,
      x: 30,
      y: 300,
      width: 500,
      height: 90,
    },
    {
      page: 1,
      kind: 'furniture' as const,
      x: 30,
      y: 20,
      width: 500,
      height: 12,
    },
  ]
  it.each([
    [
      { page: 1, pt: 7.4, x: 40, y: 500 },
      [],
    ],
    [
      { page: 1, pt: 5.8, x: 40, y: 500 },
      ['page 1: slide text at 5.80 pt (needs 7)'],
    ],
    [
      { page: 1, pt: 10, x: 40, y: 350 },
      [],
    ],
    [
      { page: 1, pt: 9.5, x: 40, y: 350 },
      ['page 1: prose text at 9.50 pt (needs 10)'],
    ],
    [
      { page: 1, pt: 8, x: 40, y: 25 },
      [],
    ],
    [
      { page: 1, pt: 12, x: 40, y: 200 },
      ['page 1: text at (40, 200) pt lies outside the slides, prose and furniture'],
    ],
  ])('%j → %j', (run, problems) => {
    expect(handoutSizeProblems([run], regions)).toEqual(problems)
  })
})

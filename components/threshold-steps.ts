import type { RegimeId } from '../data/chip-rules.ts'
import type { ChipId } from '../data/chips.ts'

/** The threshold chart's script: which rule, which axis and which chips each click step shows, and its caption. */

export type YAxis = 'io' | 'density' | 'dram'

export interface Step {
  regime: RegimeId
  yAxis: YAxis
  chips: ChipId[]
  /**
   * One line for the stage: what this step shows. With the chart's labels, ticks and legend it must keep the step
   * within 40 words: the slide walk counts every step, not only the last.
   */
  caption: string
  /** Draw "same compute, thinner pipe" arrows from each of these chips to its China variant. */
  variants?: Array<[ChipId, ChipId]>
  /** A chip to ring in DeepSeek's colour, with a label. */
  highlight?: { chip: ChipId, label: string }
}

/** The chart's click steps, one regime per step (the 2022 rule and Nvidia's answer to it are two). */
export const STEPS: Step[] = [
  {
    regime: 'oct-2022',
    yAxis: 'io',
    chips: ['a100', 'h100'],
    caption: '2022: licence if fast and well linked',
  },
  {
    regime: 'oct-2022',
    yAxis: 'io',
    chips: ['a100', 'h100', 'a800', 'h800'],
    caption: 'Nvidia’s answer: thinner pipes',
    variants: [
      ['a100', 'a800'],
      ['h100', 'h800'],
    ],
    highlight: { chip: 'h800', label: 'V3 trained on these' },
  },
  {
    regime: 'oct-2023',
    yAxis: 'density',
    chips: ['a100', 'a800', 'h100', 'h800', 'h20'],
    caption: '2023: density replaces links',
  },
  {
    regime: 'apr-2025',
    yAxis: 'density',
    chips: ['a100', 'a800', 'h100', 'h800', 'h20'],
    caption: '2025: a letter, not a line',
  },
  {
    regime: 'jan-2026',
    yAxis: 'dram',
    chips: ['h100', 'h200', 'b200', 'ascend-910c'],
    caption: '2026: review inside the box',
  },
]

/**
 * The steps the reader draws one under the other: the last step under each of the four rules (Oct 2022 with Nvidia's
 * answer, Oct 2023, the Apr 2025 letter, Jan 2026).
 */
export const PAGE_STEPS: number[] = STEPS.flatMap((s, i) => (STEPS[i + 1]?.regime === s.regime
  ? []
  : [i]))

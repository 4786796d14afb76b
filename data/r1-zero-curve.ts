import type { FigureId } from './figures.ts'
import type { SourceId } from './sources.ts'

/** One point of R1-Zero's AIME 2024 accuracy during RL, in per cent. */
export interface CurvePoint {
  step: number
  /** pass@1: the share of 16 sampled answers per question that were right. */
  passAt1: number
  /** The answer most of the 16 samples gave (cons@16, "majority vote"). */
  majority: number
}

export interface ReadOffCurve {
  /** The paper whose figure the points were read from. */
  source: SourceId
  certainty: 'primary'
  /** Points read off a published figure, not published as numbers: the page says so, and how they were read. */
  readOff: { file: string, figure: string, method: string }
  points: CurvePoint[]
  /** Published values the drawing shows beside the read points, and which the read points must agree with. */
  published: { start: FigureId, preprintEnd: FigureId, end: FigureId, endStep: FigureId }
}

/**
 * Slide 8: R1-Zero's accuracy on AIME 2024 over its reinforcement-learning steps. The points were measured in the
 * image of Figure 2 of the January 2025 preprint, which DeepSeek publishes as DeepSeek_R1.pdf in the MIT-licensed
 * deepseek-ai/DeepSeek-R1 repository; tests/unit/r1-zero-curve.test.ts holds them to the paper's own numbers.
 */
export const r1ZeroCurve: ReadOffCurve = {
  source: 'deepseek-r1-paper',
  certainty: 'primary',
  readOff: {
    file: 'DeepSeek_R1.pdf (github.com/deepseek-ai/DeepSeek-R1, MIT licence)',
    figure: 'Figure 2 of the January 2025 preprint',
    method: 'Marker centres measured against its grid, to about ±0.2 points (its ends read back as the 15.6 and 71.0 % the paper prints).',
  },
  points: [
    { step: 200, passAt1: 15.6, majority: 25.3 },
    { step: 400, passAt1: 22.5, majority: 34.0 },
    { step: 600, passAt1: 24.6, majority: 31.4 },
    { step: 800, passAt1: 28.7, majority: 34.6 },
    { step: 1000, passAt1: 31.7, majority: 44.7 },
    { step: 1200, passAt1: 37.1, majority: 56.7 },
    { step: 1400, passAt1: 41.2, majority: 55.3 },
    { step: 1600, passAt1: 37.7, majority: 48.7 },
    { step: 2000, passAt1: 38.1, majority: 54.7 },
    { step: 2400, passAt1: 48.5, majority: 61.3 },
    { step: 2800, passAt1: 52.9, majority: 73.3 },
    { step: 3200, passAt1: 51.3, majority: 68.7 },
    { step: 3600, passAt1: 58.3, majority: 76.6 },
    { step: 4000, passAt1: 60.0, majority: 76.6 },
    { step: 4200, passAt1: 60.2, majority: 73.4 },
    { step: 4400, passAt1: 55.9, majority: 76.6 },
    { step: 4600, passAt1: 57.9, majority: 69.4 },
    { step: 4800, passAt1: 56.9, majority: 73.3 },
    { step: 5000, passAt1: 54.0, majority: 70.7 },
    { step: 5200, passAt1: 63.1, majority: 78.0 },
    { step: 5400, passAt1: 57.5, majority: 72.7 },
    { step: 5600, passAt1: 59.0, majority: 80.0 },
    { step: 5800, passAt1: 61.7, majority: 80.0 },
    { step: 6000, passAt1: 64.4, majority: 78.0 },
    { step: 6200, passAt1: 62.5, majority: 80.0 },
    { step: 6400, passAt1: 68.7, majority: 86.6 },
    { step: 6800, passAt1: 66.3, majority: 76.7 },
    { step: 7000, passAt1: 68.5, majority: 83.3 },
    { step: 7200, passAt1: 65.2, majority: 80.0 },
    { step: 7400, passAt1: 67.7, majority: 83.3 },
    { step: 7600, passAt1: 67.3, majority: 81.3 },
    { step: 7800, passAt1: 66.9, majority: 80.7 },
    { step: 8000, passAt1: 68.7, majority: 82.0 },
    { step: 8200, passAt1: 67.7, majority: 83.3 },
    { step: 8400, passAt1: 71.0, majority: 86.7 },
  ],
  published: {
    start: 'r1ZeroAimeStart',
    preprintEnd: 'r1ZeroPreprintEnd',
    end: 'r1ZeroAimeEnd',
    endStep: 'r1ZeroRlSteps',
  },
}

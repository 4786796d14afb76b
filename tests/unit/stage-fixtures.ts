import type { StageMeasure, TextRun } from '../../tests/browsers/measure-stage.ts'
import type { SlideRole } from '../../tests/e2e/stage-rules.ts'

/** Fixtures of the stage rules' tests: a clean slide's measure, which each test breaks in one way. */

export const BODY = 20 * 1920 / 980
export const REF = 13 * 1920 / 980
export const HEAD = 34 * 1920 / 980

export function run(over: Partial<TextRun> = {}): TextRun {
  return {
    text: 'text',
    px: BODY,
    role: 'read',
    contrast: 15,
    lines: 1,
    block: '<p> "text"',
    svg: false,
    footer: false,
    ...over,
  }
}

export function measure(over: Partial<StageMeasure> = {}): StageMeasure {
  return {
    runs: [
      run({ role: 'headline', px: HEAD, block: '<h1> "Claim"' }),
      run(),
      run({
        role: 'reference',
        px: REF,
        footer: true,
        contrast: 8,
      }),
    ],
    words: 20,
    headline: {
      left: 110,
      top: 76,
      lines: 1,
      lastLineWords: 5,
    },
    bodyTop: 0.2,
    bodyBottom: 0.9,
    contentBottom: 0.8,
    inkCentroid: 0.5,
    evidenceShare: 0.8,
    drawnShare: 0.5,
    drawn: '<svg> "A chart"',
    outsideSafeArea: [],
    headlineText: 'A claim with 671 B',
    evidenceText: '671 B parameters',
    ...over,
  }
}

export const content: SlideRole = { no: 5, kind: 'content', budgetSeconds: 60 }

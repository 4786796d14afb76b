import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import type { StageMeasure } from '../browsers/measure-stage.ts'
import type { SlideRole, StageRules } from './stage-rules.ts'
import type { Problem, StepCheck } from './walk.ts'
import { isAfterEnd, noteBudgetSeconds } from '../../scripts/lib/deck-info.ts'
import { measureHeadline } from '../browsers/measure-headline.ts'
import { measureStage } from '../browsers/measure-stage.ts'
import { deckProblems, slideProblems, STAGE_RULES } from './stage-rules.ts'

/**
 * Each slide's part in the talk, from its layout and its place before or after the closing slide. Slidev lays out
 * a first slide without a layout as a cover.
 */
export function slideRoles(slides: SlideInfo[]): SlideRole[] {
  return slides.map((s, i) => ({
    no: s.no,
    kind: isAfterEnd(slides, i)
      ? 'after-end'
      : s.frontmatter.layout === 'act'
        ? 'divider'
        : s.frontmatter.layout === 'cover' || (i === 0 && !s.frontmatter.layout)
          ? 'cover'
          : s.frontmatter.layout === 'end'
            ? 'end'
            : 'content',
    budgetSeconds: noteBudgetSeconds(s.note),
  }))
}

/** One row of the per-slide table the walk prints: words, smallest text, empty band under the content. */
export interface StageRow {
  slide: number
  kind: SlideRole['kind']
  /** At the slide's last step (what npm run check counts), and at its wordiest step (what the words rule judges). */
  words: number
  wordiestStepWords: number
  smallestReadPx: number | null
  smallestReferencePx: number | null
  emptyBandPct: number
  inkCentroidPct: number
  /** The evidence's and the largest drawing's share of the band between headline and source line. */
  evidencePct: number
  drawnPct: number
  sizes: number
}

/**
 * The stage checks in the walk. Each step measures the slide; a later step of the same slide replaces it, so what
 * is judged is every slide at its final step, except its words: the audience reads every step, so a slide's words
 * are those of its wordiest step, reported at that step. `finish()` judges them, slide by slide and across the deck.
 */
export function stageChecks(roles: SlideRole[], rules: StageRules = STAGE_RULES): { check: StepCheck, finish: () => Problem[], table: () => StageRow[] } {
  const measured = new Map<number, { click: number, measure: StageMeasure }>()
  const wordiest = new Map<number, { click: number, words: number }>()
  const roleOf = (no: number): SlideRole => roles.find(r => r.no === no) ?? { no, kind: 'content' }
  return {
    check: async (page, step) => {
      const stage = await page.evaluate(measureStage, { no: step.slide, atWidth: rules.atWidth, safe: rules.safeArea })
      const headline = await page.evaluate(measureHeadline, { no: step.slide, atWidth: rules.atWidth })
      if (stage && headline) {
        if (stage.words > (wordiest.get(step.slide)?.words ?? -1))
          wordiest.set(step.slide, { click: step.click, words: stage.words })
        measured.set(step.slide, {
          click: step.click,
          measure: {
            ...stage,
            ...headline,
          },
        })
      }
      return []
    },
    finish: () => {
      const problems: Problem[] = []
      for (const [slide, { click, measure }] of measured) {
        const peak = wordiest.get(slide) ?? { click, words: measure.words }
        for (const detail of slideProblems({ ...measure, words: peak.words }, roleOf(slide), rules)) {
          problems.push({
            slide,
            click: detail.startsWith(`${peak.words} words`)
              ? peak.click
              : click,
            kind: 'stage',
            detail,
          })
        }
      }
      for (const { slide, detail } of deckProblems([...measured].map(([no, m]) => ({
        role: roleOf(no),
        measure: m.measure,
      })), rules)) {
        problems.push({
          slide,
          click: measured.get(slide)?.click ?? 0,
          kind: 'stage',
          detail,
        })
      }
      return problems
    },
    table: () => [...measured].map(([slide, { measure: m }]) => {
      const smallest = (role: 'read' | 'reference') => {
        const px = m.runs.filter(r => (role === 'read'
          ? r.role !== 'reference'
          : r.role === 'reference')).map(r => r.px)
        return px.length
          ? Math.round(Math.min(...px) * 10) / 10
          : null
      }
      return {
        slide,
        kind: roleOf(slide).kind,
        words: m.words,
        wordiestStepWords: wordiest.get(slide)?.words ?? m.words,
        smallestReadPx: smallest('read'),
        smallestReferencePx: smallest('reference'),
        emptyBandPct: Math.round((m.bodyBottom - m.contentBottom) * 100),
        inkCentroidPct: Math.round(m.inkCentroid * 100),
        evidencePct: Math.round(m.evidenceShare * 100),
        drawnPct: Math.round(m.drawnShare * 100),
        sizes: new Set(m.runs.filter(r => !r.footer).map(r => Math.round(r.px))).size,
      }
    }),
  }
}

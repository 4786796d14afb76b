import type { StageMeasure } from '../browsers/measure-stage.ts'
import { typeScale } from '../../styles/tokens.ts'

/**
 * The stage's design rules (issue "Stage and page", from the design review §3), judged as at 1920 × 1080. Each
 * threshold is named here once; tests/unit/stage-rules.test.ts and tests/unit/stage-evidence.test.ts show each one
 * rejecting a measurement that breaks it.
 */
export const STAGE_RULES = {
  atWidth: 1920,
  canvasWidth: 980,
  /** Text the audience must read, and reference text (source line, markers, attributions, source lists). */
  readPx: 36,
  referencePx: 24,
  /** Words on screen, and words per minute of the slide's time budget (live slides only). */
  maxWords: 40,
  maxWordsPerMinute: 60,
  /** Top-heavy: an empty band under the content larger than this share of the height … */
  emptyBand: 0.25,
  /** … while the content's centre sits in the top share of the body. */
  centroidTop: 0.4,
  /** Projector overscan: nothing in this outer share of the canvas. */
  safeArea: 0.03,
  maxBlockLines: 3,
  maxHeadlineLines: 2,
  /** The headline's top-left corner is the same on every content slide, within this many px. */
  headlinePx: 2,
  maxSizesPerSlide: 4,
  maxSizesInDeck: 8,
  /** A rendered size matches a token step within this ratio (HTML), or this wider one (drawings scaled to fit). */
  stepTolerance: 0.02,
  drawingStepTolerance: 0.12,
  /** Small text (under this size) needs the projector margin of this contrast. */
  smallTextPx: 39,
  smallTextContrast: 7,
  /**
   * Evidence fills the stage (issue 29): the evidence's bounding box covers at least this share of the band between
   * headline and source line on every live content slide, and `medianEvidenceShare` at the median; a drawing
   * (chart, diagram, timeline, image) covering `minDrawnShare` of the band is the main evidence on at least
   * `drawnSlidesShare` of them.
   */
  minEvidenceShare: 0.6,
  medianEvidenceShare: 0.75,
  minDrawnShare: 0.3,
  drawnSlidesShare: 0.8,
} as const

/**
 * Live content slides, by number, still to be drawn so their evidence fills the stage (issue 29). Empty since every
 * live content slide met the rule (4 December 2026); it exists for a slide added before its drawing is: a slide on
 * it that meets the rule is reported, so it comes off, and the deck-wide median and drawn-slide rules wait until the
 * list is empty again.
 */
export const EVIDENCE_PENDING: readonly number[] = []

/** The rules, and (for fixtures) the pending list in place of EVIDENCE_PENDING. */
export type StageRules = typeof STAGE_RULES & { pending?: readonly number[] }

/** How a slide takes part in the talk: live content, a divider, cover or closing, or a page after the end. */
export interface SlideRole {
  no: number
  kind: 'content' | 'divider' | 'cover' | 'end' | 'after-end'
  /** Seconds from the notes' time budget; pages after the end have none. */
  budgetSeconds?: number
}

/** The type scale's steps in px at the judged width. */
export function tokenSteps(rules: StageRules = STAGE_RULES): number[] {
  return Object.values(typeScale).map(px => px * rules.atWidth / rules.canvasWidth)
}

/** The token step a rendered size corresponds to, or undefined if it is none of them. */
export function stepOf(px: number, drawing: boolean, rules: StageRules = STAGE_RULES): number | undefined {
  const tolerance = drawing ? rules.drawingStepTolerance : rules.stepTolerance
  return tokenSteps(rules).find(step => Math.abs(px - step) / step <= tolerance)
}

const f = (n: number) => n.toFixed(1)

/** Problems of one slide at its final step; each names the element. */
export function slideProblems(m: StageMeasure, role: SlideRole, rules: StageRules = STAGE_RULES): string[] {
  const out: string[] = []
  const afterEnd = role.kind === 'after-end'
  const seen = new Set<string>()
  const once = (key: string, text: string) => {
    if (!seen.has(key)) {
      seen.add(key)
      out.push(text)
    }
  }
  for (const run of m.runs) {
    // After the end, pages are read, not projected during the talk: everything there is reference text.
    const reference = run.role === 'reference' || afterEnd
    const floor = reference ? rules.referencePx : rules.readPx
    if (run.px < floor - 0.5)
      once(`size ${run.block}`, `${reference ? 'reference' : 'read'} text "${run.text}" is ${f(run.px)} px (needs ${floor})`)
    if (stepOf(run.px, run.svg, rules) === undefined)
      once(`step ${run.block}`, `text "${run.text}" is ${f(run.px)} px, not a type-scale step`)
    if (run.px < rules.smallTextPx - 0.5 && run.contrast < rules.smallTextContrast)
      once(`contrast ${run.block}`, `text "${run.text}" at ${f(run.px)} px has contrast ${run.contrast.toFixed(2)}:1 (small text needs ${rules.smallTextContrast}:1)`)
    const maxLines = run.role === 'headline'
      ? rules.maxHeadlineLines
      : rules.maxBlockLines
    if (!afterEnd && run.lines > maxLines) {
      once(`lines ${run.block}`, `${run.role === 'headline'
        ? 'headline'
        : 'text block'} ${run.block} runs to ${run.lines} lines (at most ${maxLines})`)
    }
  }
  const sizes = distinctSizes(m.runs.filter(r => !r.footer), rules)
  if (sizes.length > rules.maxSizesPerSlide)
    out.push(`${sizes.length} text sizes (${sizes.map(f).join(', ')} px) outside the source line (at most ${rules.maxSizesPerSlide})`)
  if (!afterEnd && m.words > rules.maxWords)
    out.push(`${m.words} words on screen (at most ${rules.maxWords})`)
  if (!afterEnd && role.budgetSeconds) {
    const wpm = m.words / (role.budgetSeconds / 60)
    if (wpm > rules.maxWordsPerMinute)
      out.push(`${m.words} words in ${role.budgetSeconds} s is ${Math.round(wpm)} words a minute (at most ${rules.maxWordsPerMinute})`)
  }
  if (role.kind === 'content') {
    if (m.headline && m.headline.lines > 1 && m.headline.lastLineWords < 2)
      out.push(`the headline leaves one word alone on its last line: reword it so its last line holds two words or more`)
    const pending = (rules.pending ?? EVIDENCE_PENDING).includes(role.no)
    const pct = (share: number) => `${Math.round(share * 100)} %`
    if (m.evidenceShare < rules.minEvidenceShare && !pending)
      out.push(`the evidence covers ${pct(m.evidenceShare)} of the band between headline and source line (at least ${pct(rules.minEvidenceShare)}): draw the numbers larger, as a chart, diagram or timeline`)
    if (m.evidenceShare >= rules.minEvidenceShare && pending)
      out.push(`the evidence now covers ${pct(m.evidenceShare)} of the band: take slide ${role.no} off EVIDENCE_PENDING in tests/e2e/stage-rules.ts`)
    const band = m.bodyBottom - m.contentBottom
    if (band > rules.emptyBand && m.inkCentroid < rules.centroidTop)
      out.push(`top-heavy: ${Math.round(band * 100)} % of the height is empty under the content and its centre is at ${Math.round(m.inkCentroid * 100)} % of the body`)
  }
  for (const n of afterEnd
    ? []
    : unbackedHeadlineNumbers(m.headlineText, m.evidenceText))
    out.push(`the headline's ${n} is not among the figures the slide shows`)
  for (const what of m.outsideSafeArea)
    out.push(`${what} reaches into the outer ${rules.safeArea * 100} % of the canvas (projector overscan)`)
  return out
}

/** Numbers written in a text ("10,000", "0.25", "16"), without years (1990–2039), which are dates, not figures. */
export function numbersIn(text: string): number[] {
  return [
    ...text.matchAll(/(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)/g),
  ]
    .map(m => Number(m[0].replace(/,/g, '')))
    .filter(n => !(Number.isInteger(n) && n >= 1990 && n <= 2039))
}

/**
 * Numbers in the headline that the evidence does not show: a headline restates the slide's figures (rounded, as
 * "16 %" for 15.6 %), it never brings its own. Each returned number is unbacked.
 */
export function unbackedHeadlineNumbers(headline: string, evidence: string): number[] {
  const shown = numbersIn(evidence)
  return numbersIn(headline).filter(n => !shown.some((m) => {
    const decimals = (String(n).split('.')[1] ?? '').length
    return Math.abs(Number(m.toFixed(decimals)) - n) < 1e-9
  }))
}

/** Rendered sizes, each snapped to its token step where it has one, distinct. */
export function distinctSizes(runs: StageMeasure['runs'], rules: StageRules = STAGE_RULES): number[] {
  const sizes = runs.map(r => stepOf(r.px, r.svg, rules) ?? Math.round(r.px * 2) / 2)
  return [
    ...new Set(sizes),
  ].sort((a, b) => a - b)
}

/** Problems across slides: one headline position on content slides; few sizes in the whole deck. */
export function deckProblems(slides: Array<{ role: SlideRole, measure: StageMeasure }>, rules: StageRules = STAGE_RULES): Array<{ slide: number, detail: string }> {
  const out: Array<{ slide: number, detail: string }> = []
  const content = slides.filter(s => s.role.kind === 'content' && s.measure.headline)
  const lefts = content.map(s => s.measure.headline!.left).sort((a, b) => a - b)
  const tops = content.map(s => s.measure.headline!.top).sort((a, b) => a - b)
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]
  for (const s of content) {
    const h = s.measure.headline!
    if (Math.abs(h.left - median(lefts)) > rules.headlinePx || Math.abs(h.top - median(tops)) > rules.headlinePx)
      out.push({ slide: s.role.no, detail: `headline at (${f(h.left)}, ${f(h.top)}) px, not at the deck's (${f(median(lefts))}, ${f(median(tops))})` })
  }
  if (!(rules.pending ?? EVIDENCE_PENDING).length && content.length) {
    const shares = content.map(s => s.measure.evidenceShare).sort((a, b) => a - b)
    const mid = shares[Math.floor(shares.length / 2)]
    if (mid < rules.medianEvidenceShare)
      out.push({ slide: content[0].role.no, detail: `the median live content slide's evidence covers ${Math.round(mid * 100)} % of its band (at least ${Math.round(rules.medianEvidenceShare * 100)} %)` })
    const undrawn = content.filter(s => s.measure.drawnShare < rules.minDrawnShare)
    if (content.length - undrawn.length < rules.drawnSlidesShare * content.length)
      out.push({ slide: undrawn[0].role.no, detail: `${content.length - undrawn.length} of ${content.length} live content slides have a drawing covering ${Math.round(rules.minDrawnShare * 100)} % of the band as their main evidence (at least ${Math.round(rules.drawnSlidesShare * 100)} %); not drawn: slides ${undrawn.map(s => s.role.no).join(', ')}` })
  }
  const all = distinctSizes(slides.flatMap(s => s.measure.runs), rules)
  if (all.length > rules.maxSizesInDeck) {
    // Named on the slide with the most sizes of its own: the likeliest place to fix.
    const worst = [...slides].sort((a, b) => distinctSizes(b.measure.runs, rules).length - distinctSizes(a.measure.runs, rules).length)[0]
    out.push({ slide: worst.role.no, detail: `the deck uses ${all.length} text sizes (${all.map(f).join(', ')} px; at most ${rules.maxSizesInDeck})` })
  }
  return out
}

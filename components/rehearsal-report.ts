import type { Rehearsal } from './rehearsal.ts'
import { clock, ON_TIME_SECONDS } from './pacing.ts'

/**
 * Active seconds on each click step of each slide of a run (`[slide − 1][click]`; step 0 is the slide before its
 * first click), all visits added, pauses left out.
 */
export function stepTimes(run: Rehearsal): number[][] {
  const times = Array.from({ length: run.slides }, () => [] as number[])
  const end = run.ended ?? run.events.at(-1)?.at ?? run.started
  let slide = 0
  let click = 0
  let paused = false
  let since = run.started
  for (const event of [
    ...run.events,
    { at: end, kind: 'end' as const },
  ]) {
    if (slide && !paused && times[slide - 1])
      times[slide - 1][click] = (times[slide - 1][click] ?? 0) + Math.max(0, event.at - since) / 1000
    since = event.at
    if (event.kind === 'enter' || event.kind === 'step') {
      slide = event.slide
      click = event.kind === 'step'
        ? event.click
        : 0
    }
    else if (event.kind === 'pause' || event.kind === 'resume') {
      paused = event.kind === 'pause'
    }
  }
  return times
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** Active seconds on each slide of a run (index slide − 1): its click steps added. */
export function slideTimes(run: Rehearsal): number[] {
  return stepTimes(run).map(sum)
}

/** Seconds paused in a run. */
export function pausedSeconds(run: Rehearsal): number {
  const end = run.ended ?? run.events.at(-1)?.at ?? run.started
  let total = 0
  let from: number | undefined
  for (const event of run.events) {
    if (event.kind === 'pause') {
      from ??= event.at
    }
    else if (event.kind === 'resume' && from !== undefined) {
      total += event.at - from
      from = undefined
    }
  }
  if (from !== undefined)
    total += end - from
  return total / 1000
}

export interface ReportRow {
  slide: number
  title: string
  budget: number
  /** Seconds in each run, in the order of the runs. */
  actual: number[]
  median: number
  /** Runs in which the slide took more than its budget plus the on-time margin. */
  overruns: number
  /** The median seconds on each click step (0: before the first click), over the runs; one entry for a slide without clicks. */
  steps: number[]
}

export interface RehearsalReport {
  runs: Array<{ name: string, started: number, total: number, paused: number }>
  rows: ReportRow[]
  planned: number
  slot: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[mid]
    : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Planned against actual for one or many runs of this deck, oldest run first. */
export function buildReport(runs: Array<{ name: string, run: Rehearsal }>, slides: Array<{ title: string, budget: number }>, slot: number): RehearsalReport {
  const ordered = [...runs].sort((a, b) => a.run.started - b.run.started)
  const steps = ordered.map(r => stepTimes(r.run))
  const times = steps.map(run => run.map(sum))
  return {
    runs: ordered.map((r, i) => ({
      name: r.name,
      started: r.run.started,
      total: sum(times[i]),
      paused: pausedSeconds(r.run),
    })),
    rows: slides.map((s, i) => {
      const actual = times.map(t => t[i] ?? 0)
      return {
        slide: i + 1,
        title: s.title,
        budget: s.budget,
        actual,
        median: median(actual),
        overruns: actual.filter(a => a > s.budget + ON_TIME_SECONDS).length,
        steps: Array.from({
          length: Math.max(1, ...steps.map(run => run[i]?.length ?? 0)),
        }, (_, click) => median(steps.map(run => run[i]?.[click] ?? 0))),
      }
    }),
    planned: sum(slides.map(s => s.budget)),
    slot,
  }
}

/** Slides that ran over in more than half of the runs, worst median overrun first. */
export function usualOverruns(report: RehearsalReport): ReportRow[] {
  return report.rows
    .filter(r => r.overruns * 2 > report.runs.length)
    .sort((a, b) => (b.median - b.budget) - (a.median - a.budget))
}

/** The report's findings in sentences: the runs, the trend of the total, the slides that usually run over. */
export function reportSummary(report: RehearsalReport): string[] {
  const over = usualOverruns(report)
  return [
    `${report.runs.length} run(s); planned ${clock(report.planned)} of a ${clock(report.slot)} slot.`,
    ...report.runs.map((r, i) => `Run ${i + 1} (${r.name}, ${new Date(r.started).toISOString().slice(0, 16).replace('T', ' ')} UTC): ${clock(r.total)} spoken${r.total > report.slot
      ? ', over the slot'
      : ''}; ${clock(r.paused)} paused for questions.`),
    `Trend of the total: ${report.runs.map(r => clock(r.total)).join(' → ')}.`,
    over.length
      ? `Over budget in most runs: ${over.map(r => `slide ${r.slide} (median ${clock(r.median)} for ${clock(r.budget)})`).join('; ')}.`
      : 'No slide ran over its budget in most runs.',
    ...stepSummary(over),
  ]
}

/** Where the time went on the slides that usually run over, by click step; nothing when none of them has clicks. */
function stepSummary(over: ReportRow[]): string[] {
  const stepped = over.filter(r => r.steps.length > 1)
  return stepped.length
    ? [`Median time per click step (before the first click, then each click): ${stepped.map(r => `slide ${r.slide}: ${r.steps.map(clock).join(', ')}`).join('; ')}.`]
    : []
}

export interface ReportBar {
  slide: number
  /** The slide's title, cut at a word and marked "…" past `TITLE_CHARS` characters. */
  title: string
  /** The budget and the median as shares (0–1) of the longest of either on any slide: one time scale for all bars. */
  budgetShare: number
  medianShare: number
  /** "1:40 / 1:00 · over in most runs": the numbers beside the bars, in words. */
  label: string
  over: boolean
}

const TITLE_CHARS = 44

/** "Five acts, from a market shock to a…": at most `max` characters, cut between words. */
export function shortTitle(title: string, max = TITLE_CHARS): string {
  if (title.length <= max)
    return title
  const cut = title.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2
    ? cut.slice(0, space)
    : cut).replace(/[\s,;:]+$/, '')}…`
}

/**
 * Planned against actual per slide, ready to draw as bars (the HTML report and the presenter's report view). Slides
 * with no budget that no run showed (the appendix and the sources after the close) are left out of the chart; the
 * tables keep them.
 */
export function reportBars(report: RehearsalReport): ReportBar[] {
  const longest = Math.max(1, ...report.rows.flatMap(r => [r.budget, r.median]))
  const over = new Set(usualOverruns(report).map(r => r.slide))
  return report.rows.filter(r => r.budget > 0 || r.actual.some(a => a > 0)).map(r => ({
    slide: r.slide,
    title: shortTitle(r.title),
    budgetShare: r.budget / longest,
    medianShare: r.median / longest,
    label: `${clock(r.median)} / ${clock(r.budget)}${over.has(r.slide)
      ? ' · over in most runs'
      : ''}`,
    over: over.has(r.slide),
  }))
}

export function reportMarkdown(report: RehearsalReport): string {
  const head = `| # | slide | budget | ${report.runs.map((_, i) => `run ${i + 1}`).join(' | ')} | median | over in |`
  const rule = `|---|---|---|${report.runs.map(() => '---|').join('')}---|---|`
  const rows = report.rows.map(r => `| ${r.slide} | ${r.title.replace(/\|/g, '\\|')} | ${clock(r.budget)} | ${r.actual.map(clock).join(' | ')} | ${clock(r.median)} | ${r.overruns} of ${report.runs.length} |`)
  const [runs, ...rest] = reportSummary(report)
  const perRun = rest.slice(0, report.runs.length)
  const [trend, ...findings] = rest.slice(report.runs.length)
  return [
    '# Rehearsal report',
    '',
    runs,
    '',
    ...perRun.map(line => `- ${line}`),
    '',
    trend,
    '',
    ...findings.flatMap(line => [line, '']),
    head,
    rule,
    ...rows,
    '',
  ].join('\n')
}

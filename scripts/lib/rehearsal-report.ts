import type { Rehearsal } from '../../components/rehearsal.ts'
import { clock, ON_TIME_SECONDS } from '../../components/pacing.ts'

/** Active seconds on each slide of a run (index slide − 1), all visits added, pauses left out. */
export function slideTimes(run: Rehearsal): number[] {
  const times = Array.from<number>({ length: run.slides }).fill(0)
  const end = run.ended ?? run.events.at(-1)?.at ?? run.started
  let slide = 0
  let paused = false
  let since = run.started
  for (const event of [
    ...run.events,
    { at: end, kind: 'end' as const },
  ]) {
    if (slide && !paused)
      times[slide - 1] += Math.max(0, event.at - since) / 1000
    since = event.at
    if (event.kind === 'enter')
      slide = event.slide
    else if (event.kind === 'pause' || event.kind === 'resume')
      paused = event.kind === 'pause'
  }
  return times
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
  const times = ordered.map(r => slideTimes(r.run))
  return {
    runs: ordered.map((r, i) => ({
      name: r.name,
      started: r.run.started,
      total: times[i].reduce((a, b) => a + b, 0),
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
      }
    }),
    planned: slides.reduce((a, s) => a + s.budget, 0),
    slot,
  }
}

/** Slides that ran over in more than half of the runs, worst median overrun first. */
export function usualOverruns(report: RehearsalReport): ReportRow[] {
  return report.rows
    .filter(r => r.overruns * 2 > report.runs.length)
    .sort((a, b) => (b.median - b.budget) - (a.median - a.budget))
}

export function reportMarkdown(report: RehearsalReport): string {
  const head = `| # | slide | budget | ${report.runs.map((_, i) => `run ${i + 1}`).join(' | ')} | median | over in |`
  const rule = `|---|---|---|${report.runs.map(() => '---|').join('')}---|---|`
  const rows = report.rows.map(r => `| ${r.slide} | ${r.title.replace(/\|/g, '\\|')} | ${clock(r.budget)} | ${r.actual.map(clock).join(' | ')} | ${clock(r.median)} | ${r.overruns} of ${report.runs.length} |`)
  const over = usualOverruns(report)
  return [
    '# Rehearsal report',
    '',
    `${report.runs.length} run(s); planned ${clock(report.planned)} of a ${clock(report.slot)} slot.`,
    '',
    ...report.runs.map((r, i) => `- Run ${i + 1} (${r.name}, ${new Date(r.started).toISOString().slice(0, 16).replace('T', ' ')} UTC): ${clock(r.total)} spoken${r.total > report.slot
      ? ', over the slot'
      : ''}; ${clock(r.paused)} paused for questions.`),
    '',
    `Trend of the total: ${report.runs.map(r => clock(r.total)).join(' → ')}.`,
    '',
    over.length
      ? `Over budget in most runs: ${over.map(r => `slide ${r.slide} (median ${clock(r.median)} for ${clock(r.budget)})`).join('; ')}.`
      : 'No slide ran over its budget in most runs.',
    '',
    head,
    rule,
    ...rows,
    '',
  ].join('\n')
}

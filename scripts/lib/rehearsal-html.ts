import type { RehearsalReport } from '../../components/rehearsal-report.ts'
import { reportBars, reportMarkdown, reportSummary } from '../../components/rehearsal-report.ts'
import { totalChart } from '../../components/report-totals.ts'
import { cssVariableBlock, fonts } from '../../styles/tokens.ts'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const ROW = 26
const LABEL = 360
const PLOT = 560

/**
 * Planned against actual per slide as bars: the budget as an outline, the median of the runs as a filled bar, drawn
 * to one time scale; a slide over budget in most runs says so in words beside its bars.
 */
function chart(report: RehearsalReport): string {
  const bars = reportBars(report).map((bar, i) => {
    const y = i * ROW
    const end = LABEL + Math.max(bar.budgetShare, bar.medianShare) * PLOT
    return `<g><text x="${LABEL - 8}" y="${y + 17}" text-anchor="end">${bar.slide}. ${escape(bar.title)}</text>`
      + `<rect class="planned" x="${LABEL}" y="${y + 4}" width="${(bar.budgetShare * PLOT).toFixed(1)}" height="${ROW - 8}"/>`
      + `<rect class="actual" x="${LABEL}" y="${y + 9}" width="${(bar.medianShare * PLOT).toFixed(1)}" height="${ROW - 18}"/>`
      + `<text x="${(end + 8).toFixed(1)}" y="${y + 17}">${escape(bar.label)}</text></g>`
  }).join('')
  const height = report.rows.length * ROW
  return `<svg viewBox="0 0 ${LABEL + PLOT + 260} ${height}" width="100%" role="img" aria-label="Planned and median actual time per slide">${bars}</svg>`
}

/**
 * Each run's total as a bar, oldest first, the slot (dashed) and the planned total (dotted) as lines across them; the
 * totals in words in one column past the longest bar or line, so no line runs through them.
 */
function totals(report: RehearsalReport): string {
  const chart = totalChart(report)
  const top = 24
  const x = (share: number) => (LABEL + share * PLOT).toFixed(1)
  const bars = chart.bars.map((bar, i) => {
    const y = top + i * ROW
    return `<g><text x="${LABEL - 8}" y="${y + 17}" text-anchor="end">${escape(bar.name)}</text>`
      + `<rect class="actual" x="${LABEL}" y="${y + 6}" width="${(bar.share * PLOT).toFixed(1)}" height="${ROW - 12}"/>`
      + `<text x="${x(1)}" dx="8" y="${y + 17}"${bar.over ? ' class="over"' : ''}>${escape(bar.label)}</text></g>`
  }).join('')
  const bottom = top + chart.bars.length * ROW
  const line = (share: number, cls: string, label: string, anchor: 'start' | 'end') => `<line class="${cls}" x1="${x(share)}" x2="${x(share)}" y1="${top - 4}" y2="${bottom}"/>`
    + `<text x="${(Number(x(share)) + (anchor === 'start'
      ? 4
      : -4)).toFixed(1)}" y="14" text-anchor="${anchor}">${escape(label)}</text>`
  return `<svg viewBox="0 0 ${LABEL + PLOT + 260} ${bottom}" width="100%" role="img" aria-label="Total of each run against the slot and the planned total">${bars}${line(chart.planned.share, 'plan', chart.planned.label, 'end')}${line(chart.slot.share, 'slot', chart.slot.label, 'start')}</svg>`
}

/**
 * The report as one HTML page in the deck's fonts and colours, light and dark, the Markdown tables below the chart.
 * `fontFaces` is CSS that embeds the fonts (scripts/rehearsal.ts), so the page looks the same on any machine.
 */
export function reportHtml(report: RehearsalReport, fontFaces = ''): string {
  const table = reportMarkdown(report).split('\n').filter(line => line.startsWith('|') && !line.startsWith('|---'))
  const cells = (line: string) => line.slice(1, -1).split(/(?<!\\) \| /).map(c => c.trim().replace(/\\\|/g, '|'))
  const [head, ...body] = table
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearsal report</title>
<style>
${fontFaces}
${cssVariableBlock(':root', 'light')}
@media (prefers-color-scheme: dark) { ${cssVariableBlock(':root', 'dark')} }
body { margin: 2rem auto; max-width: 70rem; padding: 0 1rem; font-family: ${fonts.sans}; background: var(--deck-bg); color: var(--deck-text); }
svg text { fill: var(--deck-text); font-size: 14px; font-family: ${fonts.sans}; }
.planned { fill: none; stroke: var(--deck-muted); stroke-width: 1.5; }
.actual { fill: var(--deck-deepseek); }
.slot { stroke: var(--deck-text); stroke-width: 1.5; stroke-dasharray: 6 4; }
.plan { stroke: var(--deck-muted); stroke-width: 1.5; stroke-dasharray: 2 3; }
svg text.over { font-weight: 700; }
h2 { font-size: 1.1rem; margin: 2rem 0 0.5rem; }
table { border-collapse: collapse; margin-top: 2rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--deck-rule); padding: 0.25rem 0.6rem; text-align: left; }
</style></head><body>
<h1>Rehearsal report</h1>
${reportSummary(report).map(line => `<p>${escape(line)}</p>`).join('\n')}
<h2>The total of each run, against the slot</h2>
${totals(report)}
<h2>Each slide, planned against actual</h2>
<p>Outline: the slide's budget. Filled bar: the median of the runs.</p>
${chart(report)}
<table><thead><tr>${cells(head).map(c => `<th>${escape(c)}</th>`).join('')}</tr></thead>
<tbody>${body.map(line => `<tr>${cells(line).map(c => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
</body></html>
`
}

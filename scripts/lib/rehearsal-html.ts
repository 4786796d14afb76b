import type { RehearsalReport } from '../../components/rehearsal-report.ts'
import { reportBars, reportMarkdown, reportSummary } from '../../components/rehearsal-report.ts'
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
table { border-collapse: collapse; margin-top: 2rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--deck-rule); padding: 0.25rem 0.6rem; text-align: left; }
</style></head><body>
<h1>Rehearsal report</h1>
${reportSummary(report).map(line => `<p>${escape(line)}</p>`).join('\n')}
<p>Outline: the slide's budget. Filled bar: the median of the runs.</p>
${chart(report)}
<table><thead><tr>${cells(head).map(c => `<th>${escape(c)}</th>`).join('')}</tr></thead>
<tbody>${body.map(line => `<tr>${cells(line).map(c => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
</body></html>
`
}

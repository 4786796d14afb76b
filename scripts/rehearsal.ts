/**
 * Rehearsal reports: node scripts/rehearsal.ts report FILE… [--out DIR]
 * Reads runs saved from the presenter view ("Save run"), checks each was recorded on this deck, and writes
 * rehearsal-report.md and rehearsal-report.html (planned against actual per slide, overruns, totals, trend) to DIR
 * (default: the first file's folder). Budgets come from the notes, so a changed budget changes the report.
 */
import type { Rehearsal } from '../components/rehearsal.ts'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { buildReport, reportMarkdown, usualOverruns } from '../components/rehearsal-report.ts'
import { rehearsalMismatch } from '../components/rehearsal.ts'
import { writeFileAtomically } from './lib/atomic.ts'
import { interSourcePath } from './lib/deck-font.ts'
import { noteBudgetSeconds, parseDuration, readSlides } from './lib/deck-info.ts'
import { reportHtml } from './lib/rehearsal-html.ts'
import { runMain, UserError } from './lib/user-error.ts'

/** Inter (regular and bold), the deck's Latin face, embedded in the page: the report needs no font installed. */
async function embeddedInter(): Promise<string> {
  const faces = await Promise.all(([400, 700] as const).map(async weight => `@font-face{font-family:'Inter';font-weight:${weight};src:url(data:font/woff2;base64,${(await readFile(interSourcePath(weight))).toString('base64')}) format('woff2')}`))
  return faces.join('\n')
}

await runMain(async () => {
  const args = process.argv.slice(2)
  const outAt = args.indexOf('--out')
  const out = outAt >= 0
    ? args.splice(outAt, 2)[1]
    : undefined
  const [command, ...files] = args
  if (command !== 'report' || !files.length)
    throw new UserError('Usage: npm run rehearsal -- report FILE… [--out DIR]: name one or more runs saved from the presenter view ("Save run").')
  const slides = await readSlides()
  const deck = slides.map(s => ({ title: s.title, budget: noteBudgetSeconds(s.note) ?? 0 }))
  const titles = deck.map(s => s.title)
  const runs: Array<{ name: string, run: Rehearsal }> = []
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UserError(`${file} cannot be read: check the path of the saved run.`)
    })
    let run: Rehearsal
    try {
      run = JSON.parse(text) as Rehearsal
    }
    catch {
      throw new UserError(`${file} is not a saved rehearsal (not JSON): save the run again from the presenter view.`)
    }
    if (run.version !== 1 || !Array.isArray(run.events))
      throw new UserError(`${file} is not a saved rehearsal: save the run again from the presenter view.`)
    const mismatch = rehearsalMismatch(run, titles)
    if (mismatch)
      throw new UserError(`${file} cannot be reported against this deck: ${mismatch}; rehearse again on this version.`)
    runs.push({
      name: basename(file),
      run,
    })
  }
  const report = buildReport(runs, deck, parseDuration(slides[0]?.frontmatter.duration))
  const dir = out ?? dirname(files[0])
  await writeFileAtomically(join(dir, 'rehearsal-report.md'), reportMarkdown(report))
  await writeFileAtomically(join(dir, 'rehearsal-report.html'), reportHtml(report, await embeddedInter()))
  const over = usualOverruns(report)
  console.log(`${runs.length} run(s): ${report.runs.map(r => `${Math.round(r.total / 60)} min`).join(', ')} against ${Math.round(report.planned / 60)} min planned.`)
  console.log(over.length
    ? `Over budget in most runs: slides ${over.map(r => r.slide).join(', ')}.`
    : 'No slide ran over its budget in most runs.')
  console.log(`Report: ${join(dir, 'rehearsal-report.html')} and rehearsal-report.md`)
})

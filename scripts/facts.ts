/**
 * npm run facts: the speaker's checklist before giving the talk again. Every claim in data/ (figures and timeline
 * events) with its certainty, source, last check and expiry, oldest check first; then what is due within 30 days of
 * a date: `npm run facts -- --on 2027-03-01` (default: the talk's as-of date).
 */
import { parseArgs } from 'node:util'
import { AS_OF } from '../data/as-of.ts'
import { daysBetween, deckClaims, dueClaims } from './check/claims.ts'
import { readSlides } from './lib/deck-info.ts'
import { runMain, UserError } from './lib/user-error.ts'

function shorten(text: string, n: number) {
  return text.length > n
    ? `${text.slice(0, n - 1)}…`
    : text
}

await runMain(async () => {
  const { values } = parseArgs({
    options: {
      on: { type: 'string' },
      days: { type: 'string' },
    },
  })
  const on = values.on ?? AS_OF
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on)))
    throw new UserError(`Cannot read the date "${on}": write it as YYYY-MM-DD, e.g. npm run facts -- --on 2027-03-01.`)
  const days = Number(values.days ?? 30)
  const claims = deckClaims(await readSlides())
  const rows = [...claims].sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id))
  console.log(`${claims.length} claims in data/, oldest check first (the talk is as of ${AS_OF}):\n`)
  console.log([
    'checked   ',
    'expires   ',
    'certainty',
    'slides ',
    'source                          ',
    'claim',
  ].join(' │ '))
  for (const c of rows) {
    console.log([
      c.checked,
      (c.expires ?? '—').padEnd(10),
      c.certainty.padEnd(9),
      (c.slides.join(',') || '—').padEnd(7),
      shorten(c.source, 32).padEnd(32),
      shorten(c.text, 90),
    ].join(' │ '))
  }
  const due = dueClaims(claims, on, days)
  console.log(`\nDue on ${on} or within ${days} days after it: ${due.length ? '' : 'nothing.'}`)
  for (const c of due) {
    const left = daysBetween(on, c.expires!)
    console.log(`  ${left < 0
      ? `EXPIRED ${-left} days ago`
      : left === 0
        ? 'expires today'
        : `in ${left} days`} (${c.expires}) · ${c.id} · slides ${c.slides.join(', ') || '—'}\n    ${c.text}\n    source: ${c.source}; last checked ${c.checked}`)
  }
})

import { readDeckSource } from './check/deck-source.ts'
/**
 * npm run check: every authoring rule that needs no browser, in seconds: data and sources, note cues and budgets,
 * words and words a minute on each live slide (rendered in Node from the slide and the data), headline numbers,
 * placeholder URLs, and notes against the data. Each finding names the slide, the data id, the rule and the remedy.
 * `npm run check -- --slides 11,15` then adds the browser rules (read size, diagram fit, contrast, balance) for
 * those slides, on the presenting build (made only if the deck changed).
 */
import { formatFinding } from './check/finding.ts'
import { openStageRenderer } from './check/render-server.ts'
import { checkDeck } from './check/rules.ts'
import { readSlides } from './lib/deck-info.ts'
import { runMain, UserError } from './lib/user-error.ts'

export function parseSlideList(spec: string): number[] {
  const out = spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number)
    if (!Number.isInteger(a) || a < 1 || (b !== undefined && !(Number.isInteger(b) && b >= a)))
      throw new UserError(`Cannot read the slide list "${spec}": write slide numbers and ranges, such as 11,15 or 19-22.`)
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i)
  })
  return [
    ...new Set(out),
  ]
}

await runMain(async () => {
  const started = performance.now()
  const args = process.argv.slice(2)
  const at = args.indexOf('--slides')
  const browserSlides = at < 0
    ? undefined
    : parseSlideList(args[at + 1] ?? '')
  const slides = await readSlides()
  if (browserSlides?.some(n => n > slides.length))
    throw new UserError(`The deck has ${slides.length} slides; pick slides between 1 and ${slides.length}.`)
  const renderer = await openStageRenderer()
  const findings = checkDeck(await readDeckSource(slides, renderer))
  await renderer.close()
  for (const finding of findings)
    console.log(formatFinding(finding))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(findings.length
    ? `\n${findings.length} problem${findings.length === 1
      ? ''
      : 's'} in ${slides.length} slides (${seconds} s).`
    : `✔ ${slides.length} slides: no problems found by the source rules (${seconds} s).`)
  let failed = findings.length > 0
  if (browserSlides) {
    const { checkInBrowser } = await import('./check/browser.ts')
    failed = !(await checkInBrowser(slides, browserSlides)) || failed
  }
  if (failed)
    process.exitCode = 1
})

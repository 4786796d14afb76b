import type { ClaimData } from './check/claims.ts'
/**
 * Builds the hosted deck.
 *   node scripts/build.ts public   → dist/          no speaker notes, no presenter view (for anyone with the link)
 *   node scripts/build.ts speaker  → dist-speaker/  notes and presenter view (for the speaker only)
 * Options: --out DIR, --entry FILE (default slides.md). Base path from DECK_BASE (deck.config.ts).
 * The deck's own builds also get og-image.png (slide 1, drawn by the system Chromium, for link previews) and
 * downloads/ with the PDFs that `npm run export` left in exports/.
 * The new build replaces the old one only once it is complete.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { AS_OF } from '../data/as-of.ts'
import { readDeckConfig, releaseUrlProblem } from '../deck.config.ts'
import { deckClaims, expiredClaims } from './check/claims.ts'
import { formatFinding } from './check/finding.ts'
import { replaceWith, temporaryPath } from './lib/atomic.ts'
import { PROJECT_ROOT, readSlides, routeAliases } from './lib/deck-info.ts'
import { availableDownloads, DOWNLOADS_DIR } from './lib/downloads.ts'
import { exportDir } from './lib/export-dir.ts'
import { OG_IMAGE, renderTitleSlide } from './lib/og-image.ts'
import { runSlidev } from './lib/slidev.ts'
import { runMain, UserError } from './lib/user-error.ts'
import { captureSlides } from './site/reader-capture.ts'
import { writeReader } from './site/reader.ts'
import { fixServiceWorkerDenylist } from './site/service-worker.ts'
import { colorSchemaOf } from './site/snapshot-html.ts'
import { writeSnapshots } from './site/snapshots.ts'
import { writeChooser } from './site/view-chooser.ts'

export type BuildKind = 'public' | 'speaker'

/**
 * The deck's facts must not have expired by its as-of date (data/schema.ts, ClaimDates). A build stops, naming each
 * item and its slide; the presenting build (`warnOnly`) only warns, so a talk on the day is never blocked by it.
 */
export async function assertClaimsCurrent(entry: string, asOf = AS_OF, warnOnly = false, data?: ClaimData): Promise<void> {
  const expired = expiredClaims(deckClaims(await readSlides(entry), data), asOf)
  if (!expired.length)
    return
  const list = expired.map(formatFinding).join('\n')
  if (warnOnly) {
    console.warn(`[deck] facts past their expiry date:\n${list}`)
    return
  }
  throw new UserError(`${expired.length} fact${expired.length > 1
    ? 's'
    : ''} in data/ expired by the talk's as-of date ${asOf}: update ${expired.length > 1
    ? 'them'
    : 'it'} (npm run facts lists them), then build again.\n${list}`)
}

export async function buildDeck(kind: BuildKind, options: { out?: string, entry?: string, warnOnExpiredFacts?: boolean } = {}): Promise<string> {
  const { base, client } = readDeckConfig()
  const out = resolve(PROJECT_ROOT, options.out ?? (kind === 'public'
    ? 'dist'
    : 'dist-speaker'))
  const entry = resolve(PROJECT_ROOT, options.entry ?? 'slides.md')
  await assertClaimsCurrent(entry, AS_OF, options.warnOnExpiredFacts)
  const temporary = temporaryPath(out)
  const args = [
    'build',
    entry,
    '--base',
    base,
    '--out',
    temporary,
  ]
  if (kind === 'public')
    args.push('--without-notes')
  try {
    await runSlidev(args, `The ${kind} build`)
    await fixServiceWorkerDenylist(temporary, base)
    if (!options.entry) {
      if (kind === 'public') {
        const slides = await readSlides(entry)
        const aliases = routeAliases(slides)
        const capture = await captureSlides(temporary, base, slides.length)
        await writeReader(temporary, base, capture)
        await writeChooser(temporary, base, aliases)
        if (client === 'lean') {
          await writeSnapshots(temporary, capture.snapshots, {
            base,
            aliases,
            colorSchema: colorSchemaOf(slides[0].frontmatter),
          })
        }
      }
      await renderTitleSlide(temporary, base, join(temporary, OG_IMAGE))
      const downloads = availableDownloads(exportDir())
      if (downloads.length)
        await mkdir(join(temporary, DOWNLOADS_DIR), { recursive: true })
      for (const d of downloads)
        await copyFile(join(exportDir(), d.file), join(temporary, d.href))
    }
    await replaceWith(temporary, out)
  }
  finally {
    await rm(temporary, { recursive: true, force: true })
  }
  console.log(`✔ ${kind} build of ${entry} for base ${base} in ${out}`)
  return out
}

if (import.meta.main) {
  await runMain(async () => {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        entry: { type: 'string' },
        release: { type: 'boolean', default: false },
      },
    })
    const problem = values.release
      ? releaseUrlProblem()
      : undefined
    if (problem)
      throw new UserError(`Not building a release: ${problem}`)
    const kind = positionals[0]
    if (kind !== 'public' && kind !== 'speaker')
      throw new UserError('Say which build: `node scripts/build.ts public` (hosted, no notes) or `node scripts/build.ts speaker` (with notes).')
    await buildDeck(kind, { out: values.out, entry: values.entry })
  })
}

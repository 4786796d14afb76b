import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { TEST_BASE } from '../../deck.config.ts'
import { buildDeck } from '../../scripts/build.ts'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'
import { DECK_SOURCES, ensurePresentBuild, sourceFiles, sourceHash } from '../../scripts/present/speaker-build.ts'
import { EXPORT_STAMP, FAULTY_DECK_ENTRY, TEST_BUILDS, TEST_EXPORT_DIR } from './paths.ts'

const run = promisify(execFile)

/**
 * Makes `dir` with `make` unless it carries a stamp of the same sources and settings (DECK_TEST_REUSE_BUILDS=1,
 * for iterating on tests locally; never in CI). A stale build or export is never reused: the stamp is the deck's hash.
 */
async function stamped(dir: string, settings: string, reuse: boolean, make: () => Promise<unknown>, extra: string[] = []): Promise<number> {
  const started = Date.now()
  const hash = sourceHash(PROJECT_ROOT, sourceFiles(PROJECT_ROOT, [
    ...DECK_SOURCES,
    ...extra,
  ]), settings)
  // Beside the directory, not in it: the artefact checks read every file a build holds.
  const stamp = join(dirname(dir), `${basename(dir)}.sources.json`)
  if (reuse && existsSync(stamp) && JSON.parse(await readFile(stamp, 'utf8')).hash === hash)
    return 0
  await make()
  await writeFile(stamp, `${JSON.stringify({ hash })}\n`)
  return Date.now() - started
}

/** The builds made in this process, one after another: public, fault fixture, speaker, presenting. */
async function buildAll(reuse: boolean, times: Record<string, number>): Promise<void> {
  times.public = await stamped(TEST_BUILDS.public, `public ${TEST_BASE}`, reuse, () => buildDeck('public', { out: TEST_BUILDS.public }))
  times.faulty = await stamped(TEST_BUILDS.faulty, `faulty ${TEST_BASE}`, reuse, () => buildDeck('public', { out: TEST_BUILDS.faulty, entry: FAULTY_DECK_ENTRY }), [
    'slides.md',
    'components',
    'setup',
    'public',
  ].map(f => `tests/fixtures/faulty-deck/${f}`))
  times.speaker = await stamped(TEST_BUILDS.speaker, `speaker ${TEST_BASE}`, reuse, () => buildDeck('speaker', { out: TEST_BUILDS.speaker }))
  const present = await ensurePresentBuild()
  times.present = present.built
    ? present.ms
    : 0
}

/**
 * Everything the suite serves and reads, made once and shared by every spec: the public, speaker and fault-fixture
 * builds under the non-root TEST_BASE, the exports (PDFs and transcript), and the presenting build the present
 * specs run (remade only when the deck changed).
 */
export default async function globalSetup(): Promise<void> {
  process.env.DECK_BASE = TEST_BASE
  const reuse = process.env.DECK_TEST_REUSE_BUILDS === '1' && !process.env.CI
  const times: Record<string, number> = {}
  const started = Date.now()
  // The export runs in a process of its own (its own Vite server and Chromium), so it overlaps the builds made in
  // this one; the fonts both write are the same bytes (scripts/lib/deck-font.ts), written only when they change.
  const exporting = stamped(TEST_EXPORT_DIR, `export ${TEST_BASE}`, reuse, async () => {
    await rm(TEST_EXPORT_DIR, { recursive: true, force: true })
    await run(process.execPath, ['scripts/export.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DECK_EXPORT_DIR: TEST_EXPORT_DIR },
      maxBuffer: 64 * 1024 * 1024,
    })
  }, ['scripts/export.ts'])
  const [built, exported] = await Promise.allSettled([
    buildAll(reuse, times),
    exporting,
  ])
  for (const result of [built, exported]) {
    if (result.status === 'rejected')
      throw result.reason
  }
  times.export = (exported as PromiseFulfilledResult<number>).value
  await writeFile(EXPORT_STAMP, `${JSON.stringify({ ms: times.export })}\n`)
  console.log(`global setup: ${Object.entries(times).map(([k, ms]) => `${k} ${ms
    ? `${(ms / 1000).toFixed(1)} s`
    : 'reused'}`).join(', ')}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`)
}

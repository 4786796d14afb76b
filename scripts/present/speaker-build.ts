/**
 * The presenting build: the speaker build (notes, presenter view, timer) with the presenting relay on, in
 * `.cache/present/site`. It is rebuilt only when the deck's sources changed since it was made: a SHA-256 over every
 * file that goes into the deck (`DECK_SOURCES`) and the base path, kept beside the build in `deck-sources.json`.
 * Otherwise `npm run present` starts at once from the files on disk.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { readDeckConfig } from '../../deck.config.ts'

/** The project's root (deck-info.ts has it too, behind Slidev's parser, which costs 0.2 s at start-up). */
const PROJECT_ROOT = join(import.meta.dirname, '..', '..')

export const PRESENT_BUILD = join(PROJECT_ROOT, '.cache/present/site')
/** Kept beside the build: the sources' hash it was made from, and its slide count (read at start, never re-parsed). */
export const SOURCES_STAMP = 'deck-sources.json'

/** What goes into the deck: its Markdown, components, data, styles, Slidev hooks, build config and locked packages. */
export const DECK_SOURCES = [
  'slides.md',
  'pages',
  'components',
  'layouts',
  'setup',
  'styles',
  'data',
  'public',
  'overrides',
  'global-top.vue',
  'slide-bottom.vue',
  'custom-nav-controls.vue',
  'vite.config.ts',
  'uno.config.ts',
  'deck.config.ts',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/site',
  'scripts/lib',
]
/** Written by the build itself (the CJK font subset): not a source. */
const GENERATED = [
  join('styles', 'generated'),
]

/** Every file under `entries` (files or folders, relative to `root`), as sorted relative paths; missing ones skipped. */
export function sourceFiles(root: string, entries: readonly string[], skip: readonly string[] = GENERATED): string[] {
  const out: string[] = []
  const walk = (path: string) => {
    const rel = relative(root, path)
    if (skip.some(s => rel === s || rel.startsWith(`${s}${sep}`)))
      return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path))
        walk(join(path, name))
    }
    else if (stat.isFile()) {
      out.push(rel.split(sep).join('/'))
    }
  }
  for (const entry of entries) {
    if (existsSync(join(root, entry)))
      walk(join(root, entry))
  }
  return out.sort()
}

/** SHA-256 over each source's path and bytes, and the settings the build depends on. */
export function sourceHash(root: string, files: readonly string[], settings: string): string {
  const hash = createHash('sha256').update(`${settings}\0`)
  for (const file of files)
    hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0')
  return hash.digest('hex')
}

export interface PresentBuild {
  dir: string
  /** Slides in the build. */
  slides: number
  /** Whether this call built it (false: the build on disk was current). */
  built: boolean
  ms: number
}

/** The presenting build, rebuilt first only if the deck's sources or base changed since it was made. */
export async function ensurePresentBuild(log: (line: string) => void = console.log, dir = PRESENT_BUILD): Promise<PresentBuild> {
  const started = Date.now()
  const { base } = readDeckConfig()
  const hash = sourceHash(PROJECT_ROOT, sourceFiles(PROJECT_ROOT, DECK_SOURCES), `base=${base};relay=1`)
  const stamp = join(dir, SOURCES_STAMP)
  const made = existsSync(stamp)
    ? JSON.parse(await readFile(stamp, 'utf8')) as { hash?: string, slides?: number }
    : {}
  if (made.hash === hash && typeof made.slides === 'number') {
    return {
      dir,
      slides: made.slides,
      built: false,
      ms: Date.now() - started,
    }
  }
  log('The deck changed since the last presenting build (or there is none): building it once, read only, with notes …')
  const previous = process.env.DECK_RELAY
  process.env.DECK_RELAY = '1'
  try {
    // Loaded only to build: the build's modules (Playwright, the reader, the PDF tools) cost a second at start-up.
    const { buildDeck } = await import('../build.ts')
    await buildDeck('speaker', { out: dir, warnOnExpiredFacts: true })
  }
  finally {
    if (previous === undefined)
      delete process.env.DECK_RELAY
    else
      process.env.DECK_RELAY = previous
  }
  const { countSlides } = await import('../lib/deck-info.ts')
  const slides = await countSlides()
  await writeFile(stamp, `${JSON.stringify({ hash, slides })}\n`)
  return {
    dir,
    slides,
    built: true,
    ms: Date.now() - started,
  }
}

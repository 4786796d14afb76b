/**
 * The built service worker, fixed and extended after Slidev's build. Pages written after the build (the reader, the
 * slide pages) join its precache list with a revision of their content, or the worker would answer them with the
 * app shell. And Slidev's worker keeps its speaker and print routes out of the offline fallback with a denylist
 * written for a site at `/` (`/^\/(presenter|notes|…)/`). Workbox matches it against the full path, so under a base
 * path such as `/deck/` it never matched; that one literal is rewritten for the deck's base.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../lib/user-error.ts'

export const SPEAKER_ROUTES = [
  'presenter',
  'notes',
  'overview',
  'print',
  'export',
]

const SLIDEV_DENYLIST = `denylist:[/^\\/(${SPEAKER_ROUTES.join('|')})/]`

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** The denylist for a base path: `/^\/deck\/(presenter|…)(?:\/|$|\?)/`. */
export function speakerRoutesPattern(base: string): string {
  return `/^${escapeForRegExp(base)}(${SPEAKER_ROUTES.join('|')})(?:\\/|$|\\?)/`
}

/** sw.js with the base-aware denylist; throws if Slidev's literal is not there exactly once. */
export function withBaseAwareDenylist(serviceWorker: string, base: string): string {
  const parts = serviceWorker.split(SLIDEV_DENYLIST)
  if (parts.length !== 2)
    throw new UserError(`The built sw.js has ${parts.length - 1} copies of Slidev's route denylist instead of one; update scripts/site/service-worker.ts for this Slidev version.`)
  return parts.join(`denylist:[${speakerRoutesPattern(base)}]`)
}

/**
 * Rewrites `<dir>/sw.js` in place, when the deck is a PWA (the build is still in its temporary directory, so this is
 * not a partial write).
 */
export async function fixServiceWorkerDenylist(dir: string, base: string): Promise<void> {
  const file = join(dir, 'sw.js')
  if (!existsSync(file))
    return
  await writeFile(file, withBaseAwareDenylist(await readFile(file, 'utf8'), base))
}

/** sw.js with one more precache entry, or unchanged if it has no precache list (a build without the PWA). */
export function withPrecacheEntry(serviceWorker: string, url: string, revision: string): string {
  const marker = 'precacheAndRoute(['
  const at = serviceWorker.indexOf(marker)
  if (at < 0)
    return serviceWorker
  if (serviceWorker.includes(marker, at + 1))
    throw new UserError('The built sw.js has more than one precache list; update scripts/site/service-worker.ts for this Slidev version.')
  const entry = `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}},`
  return serviceWorker.slice(0, at + marker.length) + entry + serviceWorker.slice(at + marker.length)
}

/** Writes `read/index.html` from a capture of the built app (scripts/site/reader-capture.ts). */
/** sw.js with a new revision for one precached URL (unchanged when the URL is not precached). */
export function withRevision(serviceWorker: string, url: string, revision: string): string {
  return serviceWorker.replace(new RegExp(`\\{url:${JSON.stringify(url).replace(/\./g, '\\.')},revision:"[^"]*"\\}`), `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`)
}

/** sw.js with `url` precached at the MD5 of its content: its entry's revision renewed, or a new entry. */
export function withPrecachedPage(serviceWorker: string, url: string, content: string): string {
  const revision = createHash('md5').update(content).digest('hex')
  return serviceWorker.includes(`{url:${JSON.stringify(url)},`)
    ? withRevision(serviceWorker, url, revision)
    : withPrecacheEntry(serviceWorker, url, revision)
}

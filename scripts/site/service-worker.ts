/**
 * Slidev's service worker keeps its speaker and print routes out of the offline fallback with a denylist written for
 * a site at `/` (`/^\/(presenter|notes|…)/`). Workbox matches it against the full path, so under a base path such as
 * `/deck/` it never matched. This rewrites that one literal in the built sw.js for the deck's base.
 */
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

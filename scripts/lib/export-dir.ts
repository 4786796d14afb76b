import { resolve } from 'node:path'
import { PROJECT_ROOT } from './deck-info.ts'

/** Where `npm run export` writes and the build looks for downloads: DECK_EXPORT_DIR, default exports/. */
export function exportDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(PROJECT_ROOT, env.DECK_EXPORT_DIR || 'exports')
}

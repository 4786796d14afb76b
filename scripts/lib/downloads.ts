import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Exported files the hosted deck offers for download, when `npm run export` made them before the build. */
export const DOWNLOADABLE = [
  { file: 'deepseek-meteoric-rise.pdf', label: 'Slides (PDF)' },
  { file: 'deepseek-meteoric-rise-handout.pdf', label: 'Handout with notes (PDF)' },
] as const

export const DOWNLOADS_DIR = 'downloads'

export interface Download {
  file: string
  label: string
  /** Path relative to the site's base. */
  href: string
}

export function availableDownloads(exportDir: string): Download[] {
  return DOWNLOADABLE.filter(d => existsSync(join(exportDir, d.file))).map(d => ({ ...d, href: `${DOWNLOADS_DIR}/${d.file}` }))
}

/**
 * Exports the PDFs into exports/ (or DECK_EXPORT_DIR):
 *   deepseek-meteoric-rise.pdf         one page per slide, final click state, bookmarks by slide title
 *   deepseek-meteoric-rise-clicks.pdf  one page per click step
 * Each file is written under a temporary name and renamed when complete: a failed export keeps the last good PDFs.
 */
import { mkdir, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { replaceWith, temporaryPath } from './lib/atomic.ts'
import { findChromium } from './lib/chromium.ts'
import { PROJECT_ROOT } from './lib/deck-info.ts'
import { runSlidev } from './lib/slidev.ts'
import { runMain } from './lib/user-error.ts'

export const EXPORT_BASENAME = 'deepseek-meteoric-rise'

export function exportDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(PROJECT_ROOT, env.DECK_EXPORT_DIR || 'exports')
}

async function exportPdf(chromium: string, target: string, extra: string[], what: string): Promise<void> {
  // Slidev appends .pdf to --output, so the temporary name keeps the extension.
  const temporary = `${temporaryPath(target.replace(/\.pdf$/, ''))}.pdf`
  try {
    await runSlidev([
      'export',
      join(PROJECT_ROOT, 'slides.md'),
      '--executable-path',
      chromium,
      '--output',
      temporary,
      '--timeout',
      '120000',
      ...extra,
    ], what)
    const size = (await stat(temporary)).size
    await replaceWith(temporary, target)
    console.log(`✔ ${what}: ${target} (${(size / 1024).toFixed(0)} KiB)`)
  }
  finally {
    await rm(temporary, { force: true })
  }
}

if (import.meta.main) {
  await runMain(async () => {
    const chromium = findChromium()
    const dir = exportDir()
    await mkdir(dir, { recursive: true })
    await exportPdf(chromium, join(dir, `${EXPORT_BASENAME}.pdf`), ['--with-toc'], 'Slides PDF')
    await exportPdf(chromium, join(dir, `${EXPORT_BASENAME}-clicks.pdf`), ['--with-clicks'], 'Click-steps PDF')
  })
}

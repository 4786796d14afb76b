import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { EXPORT_FILES } from '../../scripts/export.ts'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'
import { TEST_EXPORT_DIR } from './paths.ts'

const run = promisify(execFile)

export const exported = (file: keyof typeof EXPORT_FILES) => join(TEST_EXPORT_DIR, EXPORT_FILES[file])

/** Runs `npm run export` into the test folder unless export.spec.ts (which runs first) already did. */
export async function ensureExported(): Promise<void> {
  if (Object.keys(EXPORT_FILES).every(f => existsSync(exported(f as keyof typeof EXPORT_FILES))))
    return
  await run(process.execPath, ['scripts/export.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DECK_EXPORT_DIR: TEST_EXPORT_DIR },
    maxBuffer: 64 * 1024 * 1024,
  })
}

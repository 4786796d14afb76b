/**
 * Presents live: Slidev's dev server, fully offline. Extra arguments go to slidev, e.g.
 *   npm run dev -- --remote s3cret    (phone remote and presenter view on the local network, password-guarded)
 */
import { readDeckConfig } from '../deck.config.ts'
import { PROJECT_ROOT } from './lib/deck-info.ts'
import { runSlidev } from './lib/slidev.ts'
import { runMain } from './lib/user-error.ts'

await runMain(async () => {
  const { base } = readDeckConfig()
  await runSlidev([
    'slides.md',
    '--base',
    base,
    ...process.argv.slice(2),
  ], 'The dev server', { cwd: PROJECT_ROOT })
})

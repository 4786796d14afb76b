/**
 * Presents live: Slidev's dev server on this machine only (localhost), fully offline, behind the dev-server guard
 * (vite.config.ts) and with prototypes out of reach. Extra arguments go to slidev, e.g. `npm run dev -- --port 3031`;
 * the network flags (--remote, --tunnel, --bind) are refused: the phone remote is `npm run present:remote`.
 */
import { readDeckConfig } from '../deck.config.ts'
import { PROJECT_ROOT } from './lib/deck-info.ts'
import { runSlidev } from './lib/slidev.ts'
import { runMain } from './lib/user-error.ts'
import { refuseNetworkFlags, SERVE_NODE_FLAGS } from './present/dev-args.ts'

await runMain(async () => {
  const extra = process.argv.slice(2)
  refuseNetworkFlags(extra)
  const { base } = readDeckConfig()
  await runSlidev([
    'slides.md',
    '--base',
    base,
    ...extra,
  ], 'The dev server', { cwd: PROJECT_ROOT, nodeFlags: SERVE_NODE_FLAGS })
})

/**
 * `npm run present`: the talk from a read-only presenting build, on this machine only. Projector:
 * http://localhost:PORT/, presenter (notes, timer, next slide): http://localhost:PORT/presenter/. The build is made
 * once and remade only when the deck's sources changed; then slide 1 is there as fast as a static file. Offline.
 *
 *   --port N   the port on localhost (default 3030)
 *
 * Authoring (edit, hot reload) is `npm run dev`; a phone as the remote is `npm run present:remote`.
 */
import { parseArgs } from 'node:util'
import { runMain } from './lib/user-error.ts'
import { portArg, startPresenting, stopOnSignal } from './present/session.ts'

await runMain(async () => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
    },
    strict: true,
  })
  const session = await startPresenting(portArg(values.port, 3030, '--port'))
  console.log(`
Projector:   ${session.laptop.url}
Presenter:   ${session.laptop.url}presenter/   (notes, timer, next slide)
Read only: nothing here can change a file. Ctrl-C stops it.`)
  await stopOnSignal(session.close)
})

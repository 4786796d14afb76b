/** Serves a built deck for local checking, compressed like a production host: node scripts/serve.ts [dir] [port]. Base path from DECK_BASE. */
import { readDeckConfig } from '../deck.config.ts'
import { serveStatic } from './lib/static-server.ts'

const [dir = 'dist', port = '4173'] = process.argv.slice(2)
const { base } = readDeckConfig()
const server = await serveStatic(dir, base, Number(port), { compress: true })
console.log(`Serving ${dir} at ${server.url}`)

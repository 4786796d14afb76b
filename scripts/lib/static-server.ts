import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { constants } from 'node:zlib'
import compression from 'compression'
import sirv from 'sirv'

export interface StaticServer {
  /** Origin plus base, e.g. http://127.0.0.1:41234/deck-under-test/ */
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built deck from `dir` under `base` (optionally compressed) with SPA fallback (unknown paths get index.html, like GitHub Pages'
 * 404.html or Netlify's redirects), on loopback only. Requests outside `base` get a 404.
 */
/**
 * The files of a built deck in `dir`, served under `base` with the SPA fallback (unknown paths get index.html);
 * anything outside `base` gets a 404. Shared by the test/preview server below and the presenting server.
 */
export function filesUnder(dir: string, base: string): (req: IncomingMessage, res: ServerResponse) => void {
  const files = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    gzip: false,
    brotli: false,
  })
  return (req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base) && `${url}/` !== base) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Not under the deck\'s base path.\n')
      return
    }
    req.url = `/${url.slice(base.length)}`.replace(/^\/\//, '/')
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Not found.\n')
    })
  }
}

export async function serveStatic(dir: string, base: string, port = 0, options: { compress?: boolean } = {}): Promise<StaticServer> {
  const files = filesUnder(dir, base)
  // Like a production static host: brotli for text (html, js, css, svg, json); woff2 and images pass as they are.
  const compress = compression({
    brotli: {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
    },
    threshold: 0,
  })
  const server = createServer((req, res) => {
    if (options.compress)
      compress(req as never, res as never, () => files(req, res))
    else
      files(req, res)
  })
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

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
export async function serveStatic(dir: string, base: string, port = 0, options: { compress?: boolean } = {}): Promise<StaticServer> {
  const files = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    gzip: false,
    brotli: false,
  })
  // Like a production static host: brotli for text (html, js, css, svg, json); woff2 and images pass as they are.
  const compress = compression({
    brotli: {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
    },
    threshold: 0,
  })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base) && `${url}/` !== base) {
      res.statusCode = 404
      res.end('Not under the deck base path')
      return
    }
    req.url = `/${url.slice(base.length)}`.replace(/^\/\//, '/')
    const serve = () => files(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
    if (options.compress)
      compress(req as never, res as never, serve)
    else
      serve()
  })
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

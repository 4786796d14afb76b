import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

/**
 * A test server for the cross-engine checks: serves a built deck under its base on loopback, like
 * scripts/lib/static-server.ts, and adds the capture script at the top of every HTML document, so console errors,
 * uncaught errors, unhandled rejections and failed resource loads are recorded in the page in every engine
 * (WebDriver classic has no console). It also logs every response of 400 or more.
 */
export const CAPTURE_SCRIPT = `<script>(function () {
  var list = window.__deckErrors = [];
  var push = function (kind, text) { list.push(kind + ': ' + String(text).slice(0, 300)); };
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () { push('console.' + level, Array.prototype.map.call(arguments, String).join(' ')); return original.apply(console, arguments); };
  });
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) push('failed-load', t.src || t.href); else push('page-error', e.message);
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason; push('unhandled-rejection', r && r.name ? r.name + ': ' + r.message + (r.stack ? ' | ' + String(r.stack).split('\\n').slice(0, 2).join(' < ') : '') : r);
  });
})();</script>`

export interface CaptureServer {
  url: string
  /** Responses with status ≥ 400 since the server started: "404 /deck/x.js". */
  failures: string[]
  close: () => Promise<void>
}

export async function serveWithCapture(dir: string, base: string): Promise<CaptureServer> {
  const html = (await readFile(join(dir, 'index.html'), 'utf8')).replace('<head>', `<head>${CAPTURE_SCRIPT}`)
  const files = sirv(dir, { single: false, dev: false, etag: true })
  const failures: string[] = []
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      // Outside the deck (a browser's own /favicon.ico probe): not the deck's request, not logged.
      res.statusCode = 404
      res.end()
      return
    }
    req.url = `/${url.slice(base.length)}`.replace(/^\/\//, '/')
    res.on('finish', () => {
      if (res.statusCode >= 400)
        failures.push(`${res.statusCode} ${url}`)
    })
    const path = req.url.split('?')[0]
    if (path === '/' || path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) {
      // Slide routes and index.html: the app shell, with the capture script.
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(html)
      return
    }
    files(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    failures,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

/**
 * The dev-server guard, in every `npm run dev`: a Vite plugin that puts itself first in the middleware stack, so a
 * web page the speaker opens during the talk cannot write a slide, move the projector or pollute a prototype (see
 * devGuardVerdict). Legitimate Slidev clients already send same-origin JSON.
 */
import type { Connect, Plugin } from 'vite'
import { devGuardVerdict } from './request-rules.ts'

export const DEV_GUARD_NAME = 'deck-dev-guard'

const guard: Connect.NextHandleFunction = (req, res, next) => {
  const verdict = devGuardVerdict({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers })
  if (verdict.ok)
    return next()
  res.statusCode = verdict.status
  res.setHeader('content-type', 'text/plain; charset=utf-8')
  res.end(`Refused by the deck's dev-server guard: ${verdict.reason}.\n`)
}

/** Moves the guard to the front of the stack (plugins and Vite add their middlewares around configureServer). */
function putFirst(stack: Connect.Server['stack']): void {
  const at = stack.findIndex(layer => layer.handle === guard)
  if (at === 0)
    return
  if (at > 0)
    stack.splice(at, 1)
  stack.unshift({ route: '', handle: guard })
}

export function deckDevGuard(): Plugin {
  return {
    name: DEV_GUARD_NAME,
    apply: 'serve',
    enforce: 'pre',
    configureServer(server) {
      putFirst(server.middlewares.stack)
      return () => putFirst(server.middlewares.stack)
    },
  }
}

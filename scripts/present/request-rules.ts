/**
 * The request rules shared by the remote gate and the dev-server guard: pure functions of a request's method, URL
 * and headers, so every rule is a row in a table-driven test. No I/O here.
 */

/** Keys that walk to, or replace, an object's prototype: never legitimate in a URL key path or a JSON body. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** vite-plugin-vue-server-ref's routes: a path key is split on `/` and `.` and walked into the shared state. */
const SERVER_STATE_PREFIXES = ['/@server-reactive/', '/@server-ref/']

/** Server state a paired phone may change: where the talk is, and the drawings on it. Nothing that writes files. */
export const REMOTE_WRITABLE_PATHS = [
  '/@server-reactive/nav',
  '/@server-reactive/drawings',
  '/@server-ref/nav',
  '/@server-ref/drawings',
]

/** Slidev and Vite routes that read or write files or open tools: refused through the gate even for a paired phone. */
const REMOTE_FORBIDDEN_PREFIXES = [
  '/@slidev-monaco-types/',
  '/__inspect',
  '/__mcp',
  '/__open-in-editor',
]

/** Routes the dev guard closes for every client: Slidev's Monaco type loader lists and serves files anywhere. */
const DEV_CLOSED_PREFIXES = ['/@slidev-monaco-types/']

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type Verdict = { ok: true } | { ok: false, status: number, reason: string }

const OK: Verdict = { ok: true }
const refuse = (status: number, reason: string): Verdict => ({ ok: false, status, reason })

/** Percent-decodes a URL path, repeatedly (double-encoding must not hide a key); undecodable input counts as hostile. */
export function decodePath(raw: string): string | undefined {
  let current = raw
  for (let round = 0; round < 4; round++) {
    let next: string
    try {
      next = decodeURIComponent(current)
    }
    catch {
      return undefined
    }
    if (next === current)
      return current
    current = next
  }
  return undefined
}

/**
 * True when a request target carries a prototype key: anywhere as `__proto__`, as a whole path segment, or, under
 * the server-state routes, as any `/`- or `.`-separated part of the key or a query name.
 */
export function carriesPollutionKey(url: string): boolean {
  const decoded = decodePath(url)
  if (decoded === undefined)
    return true
  if (decoded.includes('__proto__'))
    return true
  const [path, query = ''] = decoded.split('?', 2)
  const keys = POLLUTION_KEYS as readonly string[]
  if (path.split('/').some(segment => keys.includes(segment)))
    return true
  if (SERVER_STATE_PREFIXES.some(prefix => path.startsWith(prefix))) {
    return [
      ...path.split(/[/.]/),
      ...query.split(/[&=]/),
    ].some(part => keys.includes(part))
  }
  return false
}

/** Parses JSON and refuses any object key that could reach a prototype, at any depth. Throws on either. */
export function parseJsonWithoutPollution(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if ((POLLUTION_KEYS as readonly string[]).includes(key))
      throw new SyntaxError(`JSON key "${key}" is not allowed`)
    return value
  })
}

export interface RequestFacts {
  method: string
  /** The request target as sent: path and query. */
  url: string
  headers: Record<string, string | string[] | undefined>
}

function header(facts: RequestFacts, name: string): string | undefined {
  const value = facts.headers[name]
  return Array.isArray(value)
    ? value[0]
    : value
}

function pathOf(url: string): string {
  return url.split('?', 1)[0]
}

export function isJson(facts: RequestFacts): boolean {
  const type = header(facts, 'content-type')?.split(';', 1)[0].trim().toLowerCase()
  return type === 'application/json'
}

/**
 * Same-origin in the browser's own words: `Sec-Fetch-Site` (when sent) is `same-origin` or `none`, and `Origin`
 * (when sent) is one of the allowed origins. A non-browser client sends neither; the gate's session and the loopback
 * bind are what keep those out.
 */
export function isSameOrigin(facts: RequestFacts, allowedOrigins: readonly string[]): boolean {
  const site = header(facts, 'sec-fetch-site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return false
  const origin = header(facts, 'origin')
  return origin === undefined || allowedOrigins.includes(origin)
}

/** State changes must be same-origin JSON: a foreign page cannot send that without a CORS preflight that Vite refuses. */
function writeVerdict(facts: RequestFacts, allowedOrigins: readonly string[]): Verdict {
  if (!isSameOrigin(facts, allowedOrigins))
    return refuse(403, 'cross-origin write')
  if (!isJson(facts))
    return refuse(415, 'writes must be application/json')
  return OK
}

/**
 * The dev-server guard, for every `npm run dev`: prototype keys in a URL, the Monaco type loader, and any
 * state-changing request that is not same-origin JSON are refused. Origins allowed are the request's own Host.
 */
export function devGuardVerdict(facts: RequestFacts): Verdict {
  if (carriesPollutionKey(facts.url))
    return refuse(400, 'prototype key in the URL')
  const path = pathOf(facts.url)
  if (DEV_CLOSED_PREFIXES.some(prefix => path.startsWith(prefix)))
    return refuse(404, 'the Monaco type loader is closed')
  const method = facts.method.toUpperCase()
  if (SAFE_METHODS.has(method)) {
    // A cross-site <img> or link must not open the speaker's editor.
    if (path.startsWith('/__open-in-editor') && !isSameOrigin(facts, []))
      return refuse(403, 'cross-site request to a dev tool')
    return OK
  }
  const host = header(facts, 'host')
  const origins = host
    ? [`http://${host}`, `https://${host}`]
    : []
  return writeVerdict(facts, origins)
}

/**
 * What a paired device may do through the gate: read, and change only the talk's position and drawings, same-origin
 * JSON. File writes, dev tools and prototype keys are refused even for a paired device.
 */
export function remoteVerdict(facts: RequestFacts, gateOrigin: string): Verdict {
  if (carriesPollutionKey(facts.url))
    return refuse(403, 'prototype key in the URL')
  const path = pathOf(facts.url)
  if (REMOTE_FORBIDDEN_PREFIXES.some(prefix => path.startsWith(prefix)))
    return refuse(403, 'dev tools are not available through the remote gate')
  const method = facts.method.toUpperCase()
  if (method === 'GET' || method === 'HEAD')
    return OK
  if (method !== 'POST' || !REMOTE_WRITABLE_PATHS.includes(path))
    return refuse(403, 'a paired device may only navigate and draw')
  return writeVerdict(facts, [gateOrigin])
}

/**
 * The request rules shared by the remote gate and the dev-server guard: pure functions of a request's method, URL
 * and headers, so every rule is a row in a table-driven test. No I/O here.
 */

/** Keys that walk to, or replace, an object's prototype: never legitimate in a URL key path or a JSON body. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** vite-plugin-vue-server-ref's routes: a path key is split on `/` and `.` and walked into the shared state. */
const SERVER_STATE_PREFIXES = ['/@server-reactive/', '/@server-ref/']

/** Routes the dev guard closes for every client: Slidev's Monaco type loader lists and serves files anywhere. */
const DEV_CLOSED_PREFIXES = ['/@slidev-monaco-types/']
/** Dev tools a page of another site must not trigger (Connect routes them case-insensitively). */
const DEV_TOOL_PREFIXES = ['/__open-in-editor', '/__inspect', '/__mcp']

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** This machine's loopback names, the only Hosts the dev server answers (DNS rebinding: any other name is refused). */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i

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
 * The one path canonicaliser every dev-guard rule matches on: the path of a request target (up to its first raw
 * `?`), percent-decoded until stable, `\` as `/`, `;params` stripped from each segment, empty and `.` segments
 * dropped, `..` resolved, lower case. Connect lower-cases and Vite decodes before routing, so a rule that matched
 * only the raw spelling was beaten by `/__OPEN-IN-EDITOR` and `/@slidev%2Dmonaco-types`. Undecodable: undefined.
 */
export function canonicalPath(target: string): string | undefined {
  const decoded = decodePath(target.split('?', 1)[0])
  if (decoded === undefined)
    return undefined
  const out: string[] = []
  for (const raw of decoded.replaceAll('\\', '/').split('/')) {
    const segment = raw.split(';', 1)[0]
    if (segment === '' || segment === '.')
      continue
    if (segment === '..')
      out.pop()
    else
      out.push(segment.toLowerCase())
  }
  return `/${out.join('/')}`
}

/** The parts a key path can be split into, anywhere in a target: `/ . ? & = ; # [ ]`. */
const KEY_SEPARATORS = /[/.?&=;#[\]]/

/**
 * True when a request target carries a prototype key, in its raw or its decoded spelling: anywhere as `__proto__`,
 * as a whole path segment, or, under the server-state routes, as any part of the key path or the query (the key
 * path is split on `.` by server-ref, which never decodes; `%3F` once hid the rest of the key from this check).
 */
export function carriesPollutionKey(url: string): boolean {
  const decoded = decodePath(url)
  const path = canonicalPath(url)
  if (decoded === undefined || path === undefined)
    return true
  const keys = POLLUTION_KEYS as readonly string[]
  for (const spelling of [url, decoded]) {
    if (spelling.toLowerCase().includes('__proto__'))
      return true
    if (spelling.split('?', 1)[0].split('/').some(segment => keys.includes(segment.toLowerCase())))
      return true
  }
  if (SERVER_STATE_PREFIXES.some(prefix => path.startsWith(prefix)))
    return [url, decoded].some(spelling => spelling.split(KEY_SEPARATORS).some(part => keys.includes(part.toLowerCase())))
  return false
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
 * The dev-server guard, for every `npm run dev`: a Host that is not this machine's loopback name, prototype keys in
 * a URL, the Monaco type loader, a dev tool asked for by another site, and any state-changing request that is not
 * same-origin JSON are refused. Every path rule matches the canonical path (canonicalPath) and the raw one.
 */
export function devGuardVerdict(facts: RequestFacts): Verdict {
  const host = header(facts, 'host') ?? ''
  if (!LOOPBACK_HOST.test(host))
    return refuse(403, `Host "${host}" is not this machine's loopback name (open http://localhost:PORT/)`)
  if (carriesPollutionKey(facts.url))
    return refuse(400, 'prototype key in the URL')
  const path = canonicalPath(facts.url)!
  const raw = pathOf(facts.url).toLowerCase()
  const under = (prefixes: string[]) => prefixes.some(prefix => path.startsWith(prefix) || raw.startsWith(prefix))
  if (under(DEV_CLOSED_PREFIXES))
    return refuse(404, 'the Monaco type loader is closed')
  const method = facts.method.toUpperCase()
  if (SAFE_METHODS.has(method)) {
    // A cross-site <img> or link must not open the speaker's editor.
    if (under(DEV_TOOL_PREFIXES) && !isSameOrigin(facts, [`http://${host}`]))
      return refuse(403, 'cross-site request to a dev tool')
    return OK
  }
  return writeVerdict(facts, [`http://${host}`, `https://${host}`])
}

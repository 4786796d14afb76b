/**
 * The one place that reads the deployment settings. Every script, test, QR code and meta tag imports from here.
 *
 * DECK_BASE  path the site is served under, e.g. `/deepseek-meteoric-rise/` on GitHub Pages. Default `/`.
 * DECK_URL   absolute public URL of the hosted deck (QR code, canonical and og: tags). Default `http://localhost:3030/`,
 *            where `npm run dev` serves it. A release (`npm run build -- --release`, `npm run export -- --release`,
 *            what the Pages workflow runs) refuses a loopback or unset DECK_URL: no placeholder address ships.
 * DECK_CLIENT `lean` (default): the hosted deck's start-up cuts and first-paint pages (issue 16). `stock`: Slidev's
 *            client and index.html as they come, built only by `npm run benchmark` to measure against.
 * DECK_RELAY `1` in the presenting build only (scripts/present/speaker-build.ts sets it): the deck joins the presenting
 *            relay, so a paired phone and the laptop's tabs stay on one slide. Off everywhere else.
 */
export interface DeckConfig {
  /** Always starts and ends with `/`. */
  base: string
  /** Absolute http(s) URL, always ends with `/`. */
  url: string
  client: 'lean' | 'stock'
  /** The presenting build: the deck joins the relay of `npm run present` / `present:remote`. */
  relay: boolean
}

export const DEFAULT_BASE = '/'
export const DEFAULT_URL = 'http://localhost:3030/'

/** Base path the test suite serves its builds under: deliberately not `/`, so base-path bugs show up. */
export const TEST_BASE = '/deck-under-test/'

export class DeckConfigError extends Error {}

export function normaliseBase(raw: string): string {
  const trimmed = raw.trim()
  if (/^[a-z]+:\/\//i.test(trimmed) || /[?#\s]/.test(trimmed))
    throw new DeckConfigError(`DECK_BASE must be a path such as /my-deck/, not "${raw}".`)
  const parts = trimmed.split('/').filter(Boolean)
  return parts.length
    ? `/${parts.join('/')}/`
    : '/'
}

export function normaliseUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  }
  catch {
    throw new DeckConfigError(`DECK_URL must be an absolute URL such as https://example.org/deck/, not "${raw}".`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DeckConfigError(`DECK_URL must use http or https, not "${url.protocol}".`)
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/'))
    url.pathname += '/'
  return url.href
}

export function readDeckConfig(env: Record<string, string | undefined> = process.env): DeckConfig {
  return {
    base: normaliseBase(env.DECK_BASE || DEFAULT_BASE),
    url: normaliseUrl(env.DECK_URL || DEFAULT_URL),
    client: normaliseClient(env.DECK_CLIENT || 'lean'),
    relay: env.DECK_RELAY === '1',
  }
}

export function normaliseClient(raw: string): DeckConfig['client'] {
  if (raw !== 'lean' && raw !== 'stock')
    throw new DeckConfigError(`DECK_CLIENT must be lean (the default) or stock, not "${raw}".`)
  return raw
}

const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i
/**
 * Addresses that stand in for a real one: example domains, the names reserved for docs and tests (RFC 2606 and 6761:
 * `.example`, `.invalid`, `.test`, `.localhost`) and "you/username.github.io" from the docs.
 */
const PLACEHOLDER_HOSTS = /^(?:(?:[\w-]+\.)*example(?:\.(?:com|org|net))?|(?:[\w-]+\.)*example\.[a-z]+|(?:[\w-]+\.)+(?:invalid|test|localhost)|(?:you|your-?name|user(?:name)?|example)\.github\.io)$/i

/** The address test runs give their builds and exports: public-looking, neither loopback nor a placeholder. */
export const TEST_DECK_URL = 'https://deck-under-test.deepseek-talk.dev/deck-under-test/'

/** Why a URL must not ship, or undefined: on this machine only, or a placeholder. */
export function unshippableUrlReason(href: string): string | undefined {
  let host: string
  try {
    host = new URL(href).hostname
  }
  catch {
    return undefined
  }
  if (LOOPBACK_HOSTS.test(host))
    return 'an address on this machine only'
  if (PLACEHOLDER_HOSTS.test(host))
    return 'a placeholder address'
  return undefined
}

/** Every http(s) URL in a text that must not ship (loopback or placeholder), each once. */
export function unshippableUrls(text: string): string[] {
  const found = [
    ...text.matchAll(/https?:\/\/[^\s"'<>)\]]+/g),
  ].map(m => m[0].replace(/[.,;:!?]+$/, '')).filter(u => unshippableUrlReason(u))
  return [
    ...new Set(found),
  ]
}

/**
 * Why `env` cannot make a release: DECK_URL unset (the dev-server default) or pointing at this machine. The QR code,
 * the links and the link previews of everything a release ships would open nothing for anyone else.
 */
export function releaseUrlProblem(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.DECK_URL?.trim()
  const hint = 'set DECK_URL to the hosted deck\'s public address (your GitHub Pages address, say), or drop --release for a local preview'
  if (!raw)
    return `DECK_URL is not set, so the QR code and links would point at ${DEFAULT_URL}: ${hint}.`
  const url = new URL(normaliseUrl(raw))
  const reason = unshippableUrlReason(url.href)
  if (reason)
    return `DECK_URL is ${url.href}, ${reason}: ${hint}.`
  return undefined
}

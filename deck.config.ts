/**
 * The one place that reads the deployment settings. Every script, test, QR code and meta tag imports from here.
 *
 * DECK_BASE  path the site is served under, e.g. `/deepseek-meteoric-rise/` on GitHub Pages. Default `/`.
 * DECK_URL   absolute public URL of the hosted deck (QR code, canonical and og: tags). Default `http://localhost:3030/`,
 *            where `npm run dev` serves it.
 */
export interface DeckConfig {
  /** Always starts and ends with `/`. */
  base: string
  /** Absolute http(s) URL, always ends with `/`. */
  url: string
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
  }
}

/**
 * Pairing links and sessions for the remote gate. Secrets are 256-bit random values; only their HMAC under a key
 * made for this run is stored, so a lookup is by MAC (no secret-dependent string comparison) and nothing survives
 * the process. Node's crypto only.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export interface Clock { now: () => number }

const systemClock: Clock = {
  now: () => Date.now(),
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url')
}

export interface SecretStoreOptions {
  /** How long a pairing link may be redeemed, in ms. */
  pairingTtlMs: number
  /** How long a session lasts, in ms. */
  sessionTtlMs: number
  clock?: Clock
}

export interface SecretStore {
  /** A new single-use pairing token. */
  issuePairing: () => string
  /** Spends a pairing token: true once, within its lifetime; the token is gone either way. */
  redeemPairing: (token: string) => boolean
  /** A new session id, valid for sessionTtlMs. */
  issueSession: () => string
  hasSession: (id: string | undefined) => boolean
  /** Constant-time check of a typed password against the configured one. */
  passwordMatches: (input: string, expected: string) => boolean
}

export function createSecretStore(options: SecretStoreOptions): SecretStore {
  const clock = options.clock ?? systemClock
  const runKey = randomBytes(32)
  const mac = (value: string) => createHmac('sha256', runKey).update(value, 'utf8').digest('base64url')
  const pairings = new Map<string, number>()
  const sessions = new Map<string, number>()

  const live = (map: Map<string, number>, key: string): boolean => {
    const expires = map.get(key)
    if (expires === undefined)
      return false
    if (expires <= clock.now()) {
      map.delete(key)
      return false
    }
    return true
  }

  const issue = (map: Map<string, number>, ttl: number): string => {
    const secret = randomSecret()
    map.set(mac(secret), clock.now() + ttl)
    return secret
  }

  return {
    issuePairing: () => issue(pairings, options.pairingTtlMs),
    redeemPairing(token) {
      const key = mac(token)
      const ok = live(pairings, key)
      pairings.delete(key)
      return ok
    },
    issueSession: () => issue(sessions, options.sessionTtlMs),
    hasSession: id => id !== undefined && id.length > 0 && live(sessions, mac(id)),
    passwordMatches: (input, expected) => timingSafeEqual(
      createHmac('sha256', runKey).update(input, 'utf8').digest(),
      createHmac('sha256', runKey).update(expected, 'utf8').digest(),
    ),
  }
}

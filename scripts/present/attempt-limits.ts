/**
 * Pairing and password attempts, counted with rate-limiter-flexible (in memory, this run only). An attempt is
 * reserved before its credential is read (reserve → verify → release): the reservation is a synchronous decrement,
 * so parallel or pipelined attempts are counted exactly as serial ones, and a right credential gives its point back.
 * X-Forwarded-For is never read: the address is the socket's.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible'

export interface AttemptLimitOptions {
  /** Wrong attempts one address may make per window. */
  perAddress: number
  /** Wrong password attempts all addresses together may make per window (addresses are cheap on a LAN). */
  passwordsOverall: number
  windowSeconds: number
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimitOptions = { perAddress: 5, passwordsOverall: 30, windowSeconds: 900 }

export type AttemptKind = 'pairing' | 'password'

/** An attempt that may go ahead: release it when the credential was right, keep it (counted) when wrong. */
export interface Reservation { release: () => void }

export type Reserved = { ok: true, reservation: Reservation } | { ok: false, retryAfterSeconds: number }

export interface AttemptLimits {
  /** Counts an attempt from this address before its credential is looked at, or says how long to wait. */
  reserve: (address: string, kind: AttemptKind) => Promise<Reserved>
}

const OVERALL = 'all-addresses'

interface Refusal { msBeforeNext: number }
const isRefusal = (error: unknown): error is Refusal => typeof (error as Refusal | undefined)?.msBeforeNext === 'number'
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

export function createAttemptLimits(options: AttemptLimitOptions = DEFAULT_ATTEMPT_LIMITS): AttemptLimits {
  const perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: options.perAddress, duration: options.windowSeconds })
  const overall = new RateLimiterMemory({ keyPrefix: 'passwords', points: options.passwordsOverall, duration: options.windowSeconds })

  /** consume() counts at once and rejects past the limit; a rejected consume still counted, so give it back. */
  const take = async (limiter: RateLimiterMemory, key: string): Promise<number> => {
    try {
      await limiter.consume(key, 1)
      return 0
    }
    catch (error) {
      if (!isRefusal(error))
        throw error
      return seconds(error.msBeforeNext)
    }
  }

  return {
    async reserve(address, kind) {
      const own = await take(perAddress, address)
      if (own)
        return { ok: false, retryAfterSeconds: own }
      if (kind === 'password') {
        const all = await take(overall, OVERALL)
        if (all) {
          await perAddress.reward(address, 1)
          return { ok: false, retryAfterSeconds: all }
        }
      }
      return {
        ok: true,
        reservation: {
          release: () => {
            void perAddress.reward(address, 1)
            if (kind === 'password')
              void overall.reward(OVERALL, 1)
          },
        },
      }
    },
  }
}

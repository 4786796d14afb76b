/**
 * Failed pairing and password attempts, counted with rate-limiter-flexible (in memory, this run only). An address
 * that has used up its attempts is refused before its credential is looked at. X-Forwarded-For is never read: the
 * address is the socket's.
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

export interface AttemptLimits {
  /** Seconds until this address may try again, or 0 when it may try now. */
  retryAfter: (address: string, kind: AttemptKind) => Promise<number>
  /** Records a wrong credential from this address. */
  recordFailure: (address: string, kind: AttemptKind) => Promise<void>
}

const OVERALL = 'all-addresses'

export function createAttemptLimits(options: AttemptLimitOptions = DEFAULT_ATTEMPT_LIMITS): AttemptLimits {
  const perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: options.perAddress, duration: options.windowSeconds })
  const overall = new RateLimiterMemory({ keyPrefix: 'passwords', points: options.passwordsOverall, duration: options.windowSeconds })

  const waitFor = async (limiter: RateLimiterMemory, key: string, points: number): Promise<number> => {
    const state = await limiter.get(key)
    return state && state.consumedPoints >= points
      ? Math.max(1, Math.ceil(state.msBeforeNext / 1000))
      : 0
  }

  return {
    async retryAfter(address, kind) {
      const own = await waitFor(perAddress, address, options.perAddress)
      const all = kind === 'password'
        ? await waitFor(overall, OVERALL, options.passwordsOverall)
        : 0
      return Math.max(own, all)
    },
    async recordFailure(address, kind) {
      await perAddress.penalty(address, 1)
      if (kind === 'password')
        await overall.penalty(OVERALL, 1)
    },
  }
}

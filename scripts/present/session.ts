/**
 * What `npm run present` and `npm run present:remote` share: the presenting build (rebuilt only when the deck
 * changed), the relay, and the laptop's loopback copy of the deck, read only. No dev server, no child process that
 * outlives the build: a compile error cannot end the talk, and nothing reachable writes a file.
 */
import type { Relay } from './relay.ts'
import type { Handler, LoopbackSite } from './speaker-site.ts'
import { readDeckConfig } from '../../deck.config.ts'
import { UserError } from '../lib/user-error.ts'
import { createRelay } from './relay.ts'
import { ensurePresentBuild, PRESENT_BUILD } from './speaker-build.ts'
import { readOnlySite, serveOnLoopback } from './speaker-site.ts'

export interface PresentingSession {
  base: string
  site: Handler
  relay: Relay
  laptop: LoopbackSite
  close: () => Promise<void>
}

export function portArg(raw: string | undefined, fallback: number, flag: string): number {
  if (raw === undefined)
    return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UserError(`${flag} must be a port number between 1 and 65535, not "${raw}".`)
  return port
}

/** A secret from the environment, removed from it at once, so no child process (the build's Slidev) inherits it. */
export function takeSecret(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name] || undefined
  delete env[name]
  return value
}

export async function startPresenting(port: number, dir = PRESENT_BUILD): Promise<PresentingSession> {
  const { base } = readDeckConfig()
  const build = await ensurePresentBuild(console.log, dir)
  console.log(build.built
    ? `Presenting build ready in ${(build.ms / 1000).toFixed(1)} s.`
    : 'The deck has not changed since the last presenting build: starting from it.')
  const site = readOnlySite(build.dir, base)
  const relay = createRelay({
    slides: build.slides,
    log: line => console.log(line),
  })
  const laptop = await serveOnLoopback({ site, relay, base, port }).catch(async (error: NodeJS.ErrnoException) => {
    await relay.close()
    throw new UserError(`The deck could not listen on localhost:${port} (${error.code ?? error.message}); close what uses that port or choose another with --port.`)
  })
  return {
    base,
    site,
    relay,
    laptop,
    close: async () => {
      await relay.close()
      await laptop.close()
    },
  }
}

/** Stops on Ctrl-C or SIGTERM, running `stop` first; resolves never (the process exits). */
export function stopOnSignal(stop: () => Promise<void>): Promise<never> {
  return new Promise(() => {
    const end = () => void stop().finally(() => process.exit(0))
    process.once('SIGINT', end)
    process.once('SIGTERM', end)
  })
}

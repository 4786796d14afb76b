/**
 * The remote gate as `present:remote` runs it, on loopback, over a tiny read-only build (an index.html and a
 * presenter page) with a real relay. `reached()` lists the requests the site behind the gate answered with success:
 * what a client actually got from behind the gate.
 */
import type { Gate } from '../../scripts/present/gate.ts'
import type { Relay } from '../../scripts/present/relay.ts'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGate } from '../../scripts/present/gate.ts'
import { createRelay } from '../../scripts/present/relay.ts'
import { readOnlySite } from '../../scripts/present/speaker-site.ts'

export const TEST_GATE_BASE = '/deck/'
export const TEST_GATE_PAGE = '<!doctype html><title>deck under test</title>'

export interface TestGate {
  gate: Gate
  relay: Relay
  reached: () => string[]
  close: () => Promise<void>
}

export async function startTestGate(tls: { key: string, cert: string }, password: string, options: { clock?: { now: () => number } } = {}): Promise<TestGate> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-gate-'))
  await writeFile(join(dir, 'index.html'), TEST_GATE_PAGE)
  const seen: string[] = []
  const site = readOnlySite(dir, TEST_GATE_BASE)
  const relay = createRelay({ slides: 30 })
  const gate = await startGate({
    site: (req, res) => {
      const what = `${req.method} ${req.url}`
      res.on('finish', () => res.statusCode < 300 && seen.push(what))
      site(req, res)
    },
    relay,
    host: '127.0.0.1',
    port: 0,
    tls,
    base: TEST_GATE_BASE,
    password,
    clock: options.clock,
  })
  return {
    gate,
    relay,
    reached: () => [...seen],
    close: async () => {
      await gate.close()
      await relay.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

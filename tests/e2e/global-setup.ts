import { existsSync } from 'node:fs'
import { TEST_BASE } from '../../deck.config.ts'
import { buildDeck } from '../../scripts/build.ts'
import { ensurePresentBuild } from '../../scripts/present/speaker-build.ts'
import { FAULTY_DECK_ENTRY, TEST_BUILDS } from './paths.ts'

/**
 * Builds what the suite serves, under the non-root TEST_BASE, and the presenting build the present specs run (that
 * one is remade only when the deck changed). DECK_TEST_REUSE_BUILDS=1 keeps existing builds (for iterating on tests
 * locally; never in CI).
 */
export default async function globalSetup(): Promise<void> {
  process.env.DECK_BASE = TEST_BASE
  const reuse = process.env.DECK_TEST_REUSE_BUILDS === '1' && !process.env.CI
  const builds: Array<[keyof typeof TEST_BUILDS, () => Promise<unknown>]> = [
    [
      'public',
      () => buildDeck('public', { out: TEST_BUILDS.public }),
    ],
    [
      'speaker',
      () => buildDeck('speaker', { out: TEST_BUILDS.speaker }),
    ],
    [
      'faulty',
      () => buildDeck('public', { out: TEST_BUILDS.faulty, entry: FAULTY_DECK_ENTRY }),
    ],
  ]
  for (const [name, build] of builds) {
    if (!(reuse && existsSync(TEST_BUILDS[name])))
      await build()
  }
  // The presenting build (npm run present, present:remote) for TEST_BASE, remade only if the deck changed.
  await ensurePresentBuild()
}

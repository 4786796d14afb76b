import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { needsIsolation } from '../../scripts/lib/test-isolation.ts'

/** Unit tests share one module graph (vitest.config.ts); a file that changes shared state must run alone. */
const DIR = 'tests/unit'

describe('test isolation', () => {
  it.each([
    ['vi.mock(\'../../data/figures.ts\', () => ({}))', 'vi.mock'],
    ['vi.doMock(\'x\')', 'vi.doMock'],
    ['vi.stubGlobal(\'x\', 1)', 'vi.stubGlobal'],
    ['vi.stubEnv(\'X\', \'1\')', 'vi.stubEnv'],
    ['process.on(\'exit\', () => {})', 'process.on'],
    ['process.env.DECK_BASE = \'/x/\'', 'process.env'],
    ['expect(mock).toHaveBeenCalled()', ''],
  ])('finds what needs a graph of its own in %s', (code, found) => {
    expect(needsIsolation(code)).toBe(found)
  })

  it('every unit test file that mocks, stubs or listens on process is named *.isolated.test.ts', () => {
    // This file's own fixtures above spell the patterns out; it changes no shared state.
    const wrong = readdirSync(DIR).filter(f => f.endsWith('.test.ts') && !f.endsWith('.isolated.test.ts') && f !== 'test-isolation.test.ts').map(f => [
      f,
      needsIsolation(readFileSync(join(DIR, f), 'utf8')),
    ]).filter(([, found]) => found).map(([f, found]) => `${DIR}/${f} uses ${found}: rename it to ${f.replace(/\.test\.ts$/, '.isolated.test.ts')} so it runs in its own module graph`)
    expect(wrong).toEqual([])
  })
})

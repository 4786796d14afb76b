import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

/** "score-gain.ts" → "ScoreGain": the name Slidev's component auto-import gives every file in components/. */
export function componentName(file: string): string {
  return file.replace(/\.\w+$/, '').split(/[-_]/).map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('')
}

/** Files in `files` whose component name another file already has (the auto-import ignores all but one). */
export function nameClashes(files: string[]): string[] {
  const seen = new Map<string, string>()
  const out: string[] = []
  for (const file of [...files].sort()) {
    const name = componentName(file)
    const other = seen.get(name)
    if (other)
      out.push(`${file} and ${other} in components/ are both "${name}" to the component auto-import: rename the .ts module (e.g. to what it computes)`)
    else
      seen.set(name, file)
  }
  return out
}

describe('component names', () => {
  it('finds a module named like a component', () => {
    expect(nameClashes(['ScoreRise.vue', 'score-rise.ts', 'score-gain.ts'])).toEqual([
      'score-rise.ts and ScoreRise.vue in components/ are both "ScoreRise" to the component auto-import: rename the .ts module (e.g. to what it computes)',
    ])
  })
  it('no module in components/ shares its name with a component', async () => {
    const files = (await readdir(join(PROJECT_ROOT, 'components'))).filter(f => /\.(?:vue|ts)$/.test(f))
    expect(nameClashes(files)).toEqual([])
  })
})

/**
 * A colour means one actor across the talk (styles/tokens.ts): green is Nvidia's, amber the markets'. The design
 * review found green also meaning "no licence", a link and Meta's Llama, and amber meaning "case-by-case". Each actor
 * colour may appear only in the files below, which draw that actor; chip marks are coloured by their maker.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_ACTOR } from '../../components/mark-kinds.ts'

const ROOT = join(import.meta.dirname, '../..')

/** Where each shared-meaning colour may be used, and what it draws there. */
const ACTOR_USES: Record<'industry' | 'markets', Record<string, string>> = {
  industry: {
    'components/NarrowPipe.vue': 'Nvidia’s H100 and H800 links',
    'components/SwimlaneTimeline.vue': 'Nvidia’s lane and sale windows',
    'pages/3-export-control-squeeze.md': 'the Nvidia node of the answers diagram',
  },
  markets: {
    'components/ValueCliff.vue': 'Nvidia’s market value',
    'components/WeekStrip.vue': 'the week’s market moves',
    'pages/2-hedge-fund-to-ai-lab.md': 'High-Flyer, the fund, and its clusters',
    'layouts/cover.vue': 'the cover’s actor bars',
  },
}

function files(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir)).filter(f => f.endsWith(ext)).map(f => `${dir}/${f}`)
}

const SCANNED = [
  ...files('components', '.vue'),
  ...files('layouts', '.vue'),
  ...files('pages', '.md'),
]

describe('one colour per actor', () => {
  it.each(Object.keys(ACTOR_USES) as Array<keyof typeof ACTOR_USES>)('--deck-%s is used only where that actor is drawn', (actor) => {
    const use = new RegExp(`--deck-${actor}\\b|:::${actor}\\b`)
    const users = SCANNED.filter(f => use.test(readFileSync(join(ROOT, f), 'utf8')))
    const strays = users.filter(f => !(f in ACTOR_USES[actor]))
    expect(strays, `${strays.join(', ')} use${strays.length === 1
      ? 's'
      : ''} the ${actor} colour, which means one actor across the talk (styles/tokens.ts): draw it in --deck-muted or --deck-ink, or add the file to ACTOR_USES in this test if it draws that actor`).toEqual([])
    const unused = Object.keys(ACTOR_USES[actor]).filter(f => !users.includes(f))
    expect(unused, `ACTOR_USES lists ${unused.join(', ')} for ${actor}, which no longer use${unused.length === 1
      ? 's'
      : ''} it: take ${unused.length === 1
      ? 'it'
      : 'them'} off`).toEqual([])
  })

  it('colours a chip by its maker, never by its licence status (status is the mark\'s shape)', () => {
    expect(new Set(Object.values(KIND_ACTOR)), 'components/mark-kinds.ts KIND_ACTOR: an Nvidia chip is green whatever its status; a non-U.S. chip ink').toEqual(new Set(['industry', 'ink']))
    expect(KIND_ACTOR.comparison).toBe('ink')
  })
})

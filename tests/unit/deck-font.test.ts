import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fontverter from 'fontverter'
import { Blob, Face } from 'harfbuzzjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { figures } from '../../data/figures.ts'
import { formatFigure } from '../../data/format.ts'
import { decodeEscapes, FONT_WEIGHTS, fontCharacters, fontFileName, GENERATED_FONT_DIR, INTER_WEIGHTS, interFileName, isCjk, readDeckText, writeDeckFonts } from '../../scripts/lib/deck-font.ts'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

describe('isCjk', () => {
  it.each([
    ['梁', true],
    ['。', true],
    ['，', true],
    ['A', false],
    ['≈', false],
    ['é', false],
  ])('%s → %s', (char, expected) => expect(isCjk(char)).toBe(expected))
})

describe('decodeEscapes', () => {
  it.each([
    ['a \\u2212 b', 'a \u2212 b'],
    ['\\u{1F600}', '\u{1F600}'],
    ['plain', 'plain'],
  ])('%j → %j', (raw, decoded) => expect(decodeEscapes(raw)).toBe(decoded))
})

describe('fontCharacters', () => {
  it('keeps each printable character once, adds ASCII, drops line breaks and tabs', () => {
    const chars = fontCharacters('深度 求索\n深 ≈')
    expect([...chars].filter(c => c === '深')).toHaveLength(1)
    expect(chars).toContain('≈')
    expect(chars).toContain('A')
    expect(chars).not.toMatch(/[\n\t]/)
  })
})

describe('the subset font built for the deck', () => {
  let deckText = ''
  beforeAll(async () => {
    await writeDeckFonts(PROJECT_ROOT)
    deckText = await readDeckText(PROJECT_ROOT)
  })

  it.each(FONT_WEIGHTS)('weight %d draws every CJK character and symbol the deck uses', async (weight) => {
    const woff2 = await readFile(join(PROJECT_ROOT, GENERATED_FONT_DIR, fontFileName(weight)))
    const ttf = await fontverter.convert(woff2, 'truetype')
    const face = new Face(new Blob(ttf))
    const covered = new Set(face.collectUnicodes())
    const nonAscii = (c: string) => c.codePointAt(0)! > 0x7F
    const needed = [
      ...new Set(deckText),
    ].filter(c => nonAscii(c) && !/\s/u.test(c))
    const missing = needed.filter(c => !covered.has(c.codePointAt(0)!))
    expect(missing, 'characters the deck uses but the font cannot draw').toEqual([])
    expect(needed.some(isCjk), 'the deck should contain Chinese text for this test to mean something').toBe(true)
  })

  it.each(INTER_WEIGHTS)('inter %d draws every character of every formatted figure', async (weight) => {
    const woff2 = await readFile(join(PROJECT_ROOT, GENERATED_FONT_DIR, interFileName(weight)))
    const face = new Face(new Blob(await fontverter.convert(woff2, 'truetype')))
    const covered = new Set(face.collectUnicodes())
    const shown = Object.values(figures).map(f => formatFigure(f)).join('')
    const missing = [
      ...new Set(shown),
    ].filter(c => !/\s/u.test(c) && !covered.has(c.codePointAt(0)!))
    expect(missing).toEqual([])
  })
})

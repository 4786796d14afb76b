import { glob, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import subsetFont from 'subset-font'
import { writeFileAtomically } from './atomic.ts'

/** Where the deck's text lives: every character in these files must be in the subset font. */
export const DECK_TEXT_GLOBS = [
  'slides.md',
  'pages/**/*.md',
  'components/**/*.{vue,ts}',
  'layouts/**/*.vue',
  'data/**/*.ts',
  '*.vue',
]

export const FONT_WEIGHTS = [400, 700] as const
export const INTER_WEIGHTS = [400, 600, 700] as const
export const GENERATED_FONT_DIR = 'styles/generated'

export function fontFileName(weight: number): string {
  return `deck-cjk-${weight}.woff2`
}

export function interFileName(weight: number): string {
  return `deck-inter-${weight}.woff2`
}

/** Han ideographs, CJK punctuation and full-width forms: the characters Inter cannot draw (a RegExp class body). */
export const CJK_CHARACTERS = '\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF'

export function isCjk(char: string): boolean {
  return new RegExp(`[${CJK_CHARACTERS}]`, 'u').test(char)
}

/** Every distinct printable character of the text, plus printable ASCII so the font is a complete fallback. */
export function fontCharacters(text: string): string {
  const chars = new Set<string>()
  for (let code = 0x20; code < 0x7F; code++)
    chars.add(String.fromCharCode(code))
  for (const char of text) {
    if (!/\s/u.test(char) && char.codePointAt(0)! >= 0x20)
      chars.add(char)
  }
  return [...chars].sort().join('')
}

/** Source text with `\uXXXX` escapes decoded, so characters that code writes as escapes are counted too. */
export function decodeEscapes(text: string): string {
  return text.replace(/\\u\{?([0-9a-f]{4,5})\}?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
}

export async function readDeckText(root: string): Promise<string> {
  const parts: string[] = []
  for (const pattern of DECK_TEXT_GLOBS) {
    for await (const file of glob(pattern, {
      cwd: root,
      exclude: name => name.includes('node_modules'),
    }))
      parts.push(decodeEscapes(await readFile(join(root, file), 'utf8')))
  }
  return parts.join('\n')
}

export function interSourcePath(weight: number): string {
  const require = createRequire(import.meta.url)
  return require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)
}

export function cjkSourcePath(weight: number): string {
  const require = createRequire(import.meta.url)
  const name = weight === 700
    ? '700Bold/NotoSansSC_700Bold.ttf'
    : '400Regular/NotoSansSC_400Regular.ttf'
  return require.resolve(`@expo-google-fonts/noto-sans-sc/${name}`)
}

async function writeIfChanged(target: string, bytes: Uint8Array): Promise<void> {
  const previous = await readFile(target).catch(() => undefined)
  if (previous?.equals(bytes))
    return
  await writeFileAtomically(target, bytes)
}

/**
 * Subsets the deck's fonts to exactly the characters it uses (plus printable ASCII, for typed input) and writes
 * woff2 files into styles/generated/: Noto Sans SC for Chinese and symbols, and Inter's Latin files, which shrink
 * to about half. Files are rewritten only when their bytes change (atomically), so watchers stay calm.
 */
export async function writeDeckFonts(root: string): Promise<{ characters: number, files: string[] }> {
  const characters = fontCharacters(await readDeckText(root))
  const outDir = join(root, GENERATED_FONT_DIR)
  const files: string[] = []
  for (const weight of FONT_WEIGHTS) {
    const target = join(outDir, fontFileName(weight))
    await writeIfChanged(target, await subsetFont(await readFile(cjkSourcePath(weight)), characters, { targetFormat: 'woff2' }))
    files.push(target)
  }
  for (const weight of INTER_WEIGHTS) {
    const target = join(outDir, interFileName(weight))
    await writeIfChanged(target, await subsetFont(await readFile(interSourcePath(weight)), characters, { targetFormat: 'woff2' }))
    files.push(target)
  }
  return { characters: [...characters].length, files }
}

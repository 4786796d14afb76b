import type { Unit } from '../../data/schema.ts'

/**
 * Numbers a speaker wrote by hand in a note ("about sixteen percent", "671 billion parameters", "¥1 billion"), with
 * the unit the words around them give, so `npm run check` can hold them against the figures on the same slide.
 */
export interface NoteNumber {
  text: string
  value: number
  unit?: Unit
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}
const SCALE: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
}

const WORD = `(?:${[
  ...Object.keys(SMALL),
  ...Object.keys(TENS),
].join('|')})(?:-(?:${Object.keys(SMALL).join('|')}))?(?![a-z-])`
const SCALE_WORD = `(?:${Object.keys(SCALE).join('|')})\\b`
/** "a hundred and sixty million", "eleven hundred", "671 billion", "1.6 trillion", "$589 billion". */
const NUMBER = new RegExp(
  `([$¥])?\\b(?:(\\d[\\d,]*(?:\\.\\d+)?)|((?:a|${WORD})(?:(?:\\s+and\\s+|\\s+)(?:${WORD}|${SCALE_WORD}))*))((?:\\s+${SCALE_WORD})*)(?:\\s*(%|percent\\b|per cent\\b|yuan\\b|dollars\\b|GPU[- ]hours\\b|GPUs\\b|parameters\\b|tokens\\b))?`,
  'gi',
)

/** A number written in words, by the usual rule: "hundred" multiplies what came before, larger scales close a group. */
function wordsValue(words: string): number {
  let total = 0
  let current = 0
  for (const token of words.toLowerCase().split(/\s+/)) {
    if (token === 'and')
      continue
    if (token === 'a') {
      current += 1
    }
    else if (token === 'hundred') {
      current = (current || 1) * 100
    }
    else if (token in SCALE) {
      total += (current || 1) * SCALE[token]
      current = 0
    }
    else {
      const [head, tail] = token.split('-')
      current += (SMALL[head] ?? TENS[head] ?? 0) + (tail
        ? SMALL[tail] ?? 0
        : 0)
    }
  }
  return total + current
}

function unitOf(prefix: string | undefined, suffix: string | undefined): Unit | undefined {
  const s = (suffix ?? '').toLowerCase().replace(' ', '-')
  if (prefix === '$' || s === 'dollars')
    return 'USD'
  if (prefix === '¥' || s === 'yuan')
    return 'CNY'
  if (s === '%' || s === 'percent' || s === 'per-cent')
    return '%'
  if (s === 'gpu-hours')
    return 'GPU-hours'
  if (s === 'gpus')
    return 'GPUs'
  if (s === 'parameters')
    return 'params'
  if (s === 'tokens')
    return 'tokens'
  return undefined
}

/** Every number in the prose, written in digits or words, with its scale words applied; years are left out. */
export function noteNumbers(prose: string): NoteNumber[] {
  const out: NoteNumber[] = []
  for (const m of prose.matchAll(NUMBER)) {
    const [text, prefix, digits, word, scales, suffix] = m
    if (word && /^a$/i.test(word.trim()) && !scales)
      continue
    let value = digits
      ? Number(digits.replace(/,/g, ''))
      : wordsValue(word)
    for (const s of (scales ?? '').trim().split(/\s+/).filter(Boolean))
      value *= SCALE[s.toLowerCase()]
    if (digits && !scales && !prefix && !suffix && Number.isInteger(value) && value >= 1990 && value <= 2039)
      continue
    out.push({
      text: text.trim(),
      value,
      unit: unitOf(prefix, suffix),
    })
  }
  return out
}

/**
 * Whether a number in prose is in the figure's unit: "percent" for a share, "yuan" for CNY and so on. A bare number
 * counts only when it is large ("37 billion of them"), and then only against a count of parameters, tokens or things:
 * small bare numbers ("two choices", "four points") are everyday prose.
 */
export function sameUnit(figureUnit: Unit, noted: NoteNumber): boolean {
  return noted.unit === undefined
    ? Math.abs(noted.value) >= 1e6 && (figureUnit === 'params' || figureUnit === 'tokens' || figureUnit === 'count')
    : noted.unit === figureUnit
}

/** Within 5 %: a note may round ("about sixteen percent" for 15.6 %). */
export function agrees(noted: number, value: number): boolean {
  return value === 0
    ? noted === 0
    : Math.abs(Math.abs(noted) - Math.abs(value)) / Math.abs(value) <= 0.05
}

/** Close enough to be the same quantity (within half as much again) but not agreeing: a stale or mistyped figure. */
export function contradicts(noted: number, value: number): boolean {
  if (agrees(noted, value) || value === 0 || noted === 0)
    return false
  const ratio = Math.abs(noted / value)
  // A sign is said in words ("fell seventeen percent" for −17 %): only the size can contradict.
  return ratio >= 2 / 3 && ratio <= 3 / 2
}

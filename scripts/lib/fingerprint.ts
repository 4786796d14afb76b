import { createHash } from 'node:crypto'

export const RUN_LENGTH = 10

/** Lower case, curly quotes and dashes straightened, punctuation dropped, words split on whitespace. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, '\'')
    .replace(/[“”]/g, '"')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean)
}

export function hashRun(words: string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16)
}

/** Hashes of every run of RUN_LENGTH consecutive words: a fingerprint that does not reveal the text. */
export function runHashes(text: string, length = RUN_LENGTH): Set<string> {
  const words = normalisedWords(text)
  const hashes = new Set<string>()
  for (let i = 0; i + length <= words.length; i++)
    hashes.add(hashRun(words.slice(i, i + length)))
  return hashes
}

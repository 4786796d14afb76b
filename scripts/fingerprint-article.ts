/**
 * Writes tests/fixtures/article-fingerprints.json: hashes of every 10-word run of the source article, so the
 * suite can check the talk never copies it without the article itself being committed.
 *   node scripts/fingerprint-article.ts ../shared/seed/000_7efcf901178beff8.txt
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_ROOT } from './lib/deck-info.ts'
import { RUN_LENGTH, runHashes } from './lib/fingerprint.ts'
import { runMain, UserError } from './lib/user-error.ts'

await runMain(async () => {
  const article = process.argv[2]
  if (!article)
    throw new UserError('Name the article: node scripts/fingerprint-article.ts path/to/article.txt')
  const text = await readFile(article, 'utf8').catch(() => {
    throw new UserError(`Cannot read ${article}: pass the path of the article the deck is based on.`)
  })
  const hashes = [
    ...runHashes(text),
  ].sort()
  const out = join(PROJECT_ROOT, 'tests/fixtures/article-fingerprints.json')
  await writeFile(out, `${JSON.stringify({ runLength: RUN_LENGTH, algorithm: 'sha256, first 16 hex digits, of normalisedWords() joined by spaces', hashes }, null, 1)}\n`)
  console.log(`✔ ${hashes.length} fingerprints in ${out}`)
})

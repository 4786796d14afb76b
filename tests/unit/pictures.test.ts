import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pictures } from '../../data/pictures.ts'
import { sources } from '../../data/sources.ts'

/** Every picture the deck ships comes from a DeepSeek MIT-licensed repository, with its source, and is drawn. */
const component = readFileSync('components/ArtefactPicture.vue', 'utf8')

describe.each(Object.entries(pictures))('picture %s', (id, p) => {
  it('is in assets/ and in ArtefactPicture.vue\'s map of bundled files', () => {
    expect(existsSync(`assets/${p.file}`), `assets/${p.file} is missing: add the file, or remove ${id} from data/pictures.ts`).toBe(true)
    expect(component, `components/ArtefactPicture.vue does not bundle ${p.file}: add it to FILES`).toContain(`from '../assets/${p.file}'`)
  })
  it('names a source from a DeepSeek repository, its licence and where in it the picture comes from', () => {
    expect(sources[p.source].url, `${id}'s source ${p.source} is not one of DeepSeek's repositories`).toMatch(/^https:\/\/github\.com\/deepseek-ai\//)
    expect(p.licence).toBe('MIT')
    expect(p.from, `${id}: name the file in the repository the picture comes from`).toMatch(/\.\w{2,4}$/)
  })
  it('has alt text and a caption of at most five words', () => {
    expect(p.alt.split(' ').length, `${id}: the alt text says what the picture shows`).toBeGreaterThan(5)
    expect(p.caption.split(' ').length, `${id}: caption "${p.caption}" is over five words`).toBeLessThanOrEqual(5)
  })
})

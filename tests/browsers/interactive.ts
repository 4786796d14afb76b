import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

/** The form controls a component's template contains, as selectors; each kind is checked once per slide. */
export function controlKinds(template: string): string[] {
  const kinds: string[] = []
  if (/<input\s[^>]*type="radio"/.test(template))
    kinds.push('input[type="radio"]')
  if (/<input\s(?![^>]*type="radio")/.test(template))
    kinds.push('input:not([type="radio"])')
  for (const tag of ['button', 'select', 'textarea']) {
    if (new RegExp(`<${tag}\\b`).test(template))
      kinds.push(tag)
  }
  return kinds
}

/** Slide number → selectors of the interactive controls on it, from the components each slide uses. */
export async function interactiveControls(slides: SlideInfo[]): Promise<Map<number, string[]>> {
  const dir = join(PROJECT_ROOT, 'components')
  const byComponent = new Map<string, string[]>()
  for (const file of (await readdir(dir)).filter(f => f.endsWith('.vue'))) {
    const source = await readFile(join(dir, file), 'utf8')
    const template = source.slice(source.indexOf('<template>'), source.lastIndexOf('</template>'))
    const kinds = controlKinds(template)
    if (kinds.length)
      byComponent.set(file.replace(/\.vue$/, ''), kinds)
  }
  const out = new Map<number, string[]>()
  for (const slide of slides) {
    const kinds = [...byComponent].filter(([name]) => new RegExp(`<${name}[\\s/>]`).test(slide.content)).flatMap(([, k]) => k)
    if (kinds.length) {
      out.set(slide.no, [
        ...new Set(kinds),
      ].map(k => `#slideshow .slidev-page-${slide.no} ${k}`))
    }
  }
  return out
}

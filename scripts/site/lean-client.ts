/**
 * Start-up work a viewer of this deck never needs, cut from Slidev's client at build time (issue 16, part 4).
 * Slidev's entry loads and evaluates every client feature before slide 1, whether a deck uses it or not. This deck
 * uses none of these, so each import from Slidev's client is answered with a small stand-in instead:
 *   - the Vue template compiler (Slidev aliases `vue` to the full build; every slide here is compiled at build time)
 *   - `v-motion` (@vueuse/motion, popmotion) and `v-mark` (rough-notation, roughjs)
 *   - TwoSlash popups and the Shiki Magic Move / TwoSlash styles (the deck has no code blocks)
 *   - the YAML parser, pulled in only because one helper is imported from `@slidev/parser/core`
 * If a slide, layout or component starts to use a cut feature, the build stops and says which and where.
 */
import type { Plugin } from 'vite'

export interface Cut {
  /** What stands in for the module. */
  stub: string
  why: string
}

/** Imports from Slidev's client, by specifier, and their stand-ins. */
export const CUT_MODULES: Record<string, Cut> = {
  '@shikijs/vitepress-twoslash/client': {
    stub: 'export default { install() {} }',
    why: 'TwoSlash type popups on code blocks',
  },
  '@shikijs/vitepress-twoslash/style.css': { stub: '', why: 'TwoSlash popup styles' },
  '@shikijs/magic-move/style.css': { stub: '', why: 'Shiki Magic Move (animated code) styles' },
  '@vueuse/motion': {
    stub: 'export function MotionDirective() { return {} }',
    why: 'the v-motion directive',
  },
  '@slidev/rough-notation': {
    stub: 'export function annotate() { throw new Error("v-mark is cut from this build (scripts/site/lean-client.ts)") }',
    why: 'the v-mark directive',
  },
  '@slidev/parser/core': {
    stub: 'export { parseRangeString } from "@slidev/parser/utils"',
    why: 'the slide-file parser and YAML (the client needs one range helper, which utils has)',
  },
}

/** Features a deck source may not use while they are cut: the word, and the cut it needs. */
export const CUT_FEATURES: Array<{ pattern: RegExp, feature: string }> = [
  { pattern: /\bv-motion\b/, feature: 'v-motion' },
  { pattern: /\bv-mark\b/, feature: 'v-mark' },
  { pattern: /\btwoslash\b/i, feature: 'TwoSlash' },
  { pattern: /\bmagic-move\b|<ShikiMagicMove\b/, feature: 'Shiki Magic Move' },
]

const VUE_FULL = /\/vue\/dist\/vue\.esm-bundler\.js$/
const PREFIX = '\0deck-cut:'

/** The stand-in's id for an import from Slidev's client, or undefined to leave the import alone. */
export function cutModuleId(source: string, importer: string | undefined): string | undefined {
  if (!importer?.includes('/@slidev/client/') || !(source in CUT_MODULES))
    return undefined
  return `${PREFIX}${source}`
}

/** The cut feature a deck source uses, if any (sources are the deck's own .md and .vue files). */
export function usedCutFeature(code: string): string | undefined {
  return CUT_FEATURES.find(f => f.pattern.test(code))?.feature
}

export function leanClient(root: string): Plugin {
  return {
    name: 'deck-lean-client',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (VUE_FULL.test(source))
        return this.resolve(source.replace(VUE_FULL, '/vue/dist/vue.runtime.esm-bundler.js'), importer, { skipSelf: true })
      return cutModuleId(source, importer)
    },
    load: id => (id.startsWith(PREFIX)
      ? CUT_MODULES[id.slice(PREFIX.length)].stub
      : undefined),
    transform(code, id) {
      const file = id.split('?')[0]
      if (!file.startsWith(root) || file.includes('/node_modules/') || !/\.(?:md|vue)$/.test(file))
        return
      const feature = usedCutFeature(code)
      if (feature)
        this.error(`${file.slice(root.length + 1)} uses ${feature}, which scripts/site/lean-client.ts cuts from the build: take its entry out of CUT_MODULES to use it.`)
    },
  }
}

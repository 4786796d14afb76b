import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'
import { CUT_MODULES, cutModuleId, leanClient, usedCutFeature } from '../../scripts/site/lean-client.ts'

const client = '/x/node_modules/@slidev/client/setup/main.ts'

describe('cutModuleId: only Slidev\'s client imports are answered with a stand-in', () => {
  it.each([
    ['@shikijs/vitepress-twoslash/client', client, true],
    ['@vueuse/motion', '/x/node_modules/@slidev/client/modules/v-motion.ts', true],
    ['@slidev/parser/core', '/x/node_modules/@slidev/client/logic/utils.ts', true],
    // the same module asked for by anything else is left alone
    ['@vueuse/motion', '/work/main/components/Thing.vue', false],
    ['@slidev/parser/core', undefined, false],
    ['vue', client, false],
  ])('%s from %s → %s', (source, importer, cut) => {
    expect(cutModuleId(source, importer) !== undefined).toBe(cut)
  })
  it('has a stand-in and a reason for every cut', () => {
    for (const [name, cut] of Object.entries(CUT_MODULES)) {
      expect(cut.why.length, name).toBeGreaterThan(5)
      expect(typeof cut.stub, name).toBe('string')
    }
  })
})

describe('usedCutFeature', () => {
  it.each([
    ['<div v-motion :initial="{ x: -80 }">', 'v-motion'],
    ['<span v-mark.red="1">key</span>', 'v-mark'],
    ['```ts twoslash\nconst a = 1\n```', 'TwoSlash'],
    ['````md magic-move\n', 'Shiki Magic Move'],
    ['<ShikiMagicMove :steps="s" />', 'Shiki Magic Move'],
    ['<div v-click>plain</div>', undefined],
    ['remark about markdown', undefined],
  ])('%j → %s', (code, feature) => {
    expect(usedCutFeature(code)).toBe(feature)
  })
})

describe('the deck uses none of what is cut', () => {
  const sources = [
    'slides.md',
    'global-top.vue',
    ...readdirSync(join(PROJECT_ROOT, 'pages')).map(f => `pages/${f}`),
    ...readdirSync(join(PROJECT_ROOT, 'components')).filter(f => f.endsWith('.vue')).map(f => `components/${f}`),
    ...readdirSync(join(PROJECT_ROOT, 'layouts')).map(f => `layouts/${f}`),
  ]
  it.each(sources)('%s', (file) => {
    expect(usedCutFeature(readFileSync(join(PROJECT_ROOT, file), 'utf8'))).toBeUndefined()
  })
})

describe('the plugin', () => {
  const plugin = leanClient('/work/deck')
  const transform = plugin.transform as (this: unknown, code: string, id: string) => void
  const context = {
    error: (message: string) => { throw new Error(message) },
  }

  it('stops the build when a deck source uses a cut feature, naming the file and what to do', () => {
    expect(() => transform.call(context, '<b v-mark="1">x</b>', '/work/deck/pages/2-act.md')).toThrow('pages/2-act.md uses v-mark, which scripts/site/lean-client.ts cuts from the build: take its entry out of CUT_MODULES to use it.')
    expect(() => transform.call(context, '<b v-mark="1">x</b>', '/work/deck/node_modules/@slidev/client/builtin/Mark.vue')).not.toThrow()
    expect(() => transform.call(context, 'const v = "v-mark"', '/work/deck/scripts/site/lean-client.ts')).not.toThrow()
  })
  it('serves the Vue runtime in place of the full build with its template compiler', async () => {
    const resolveId = plugin.resolveId as (this: unknown, source: string, importer?: string) => Promise<unknown>
    const asked: string[] = []
    const self = {
      resolve: async (source: string) => {
        asked.push(source)
        return { id: source }
      },
    }
    await resolveId.call(self, '/work/deck/node_modules/vue/dist/vue.esm-bundler.js', client)
    expect(asked).toEqual(['/work/deck/node_modules/vue/dist/vue.runtime.esm-bundler.js'])
    expect(await resolveId.call(self, '@vueuse/motion', '/x/node_modules/@slidev/client/modules/v-motion.ts')).toBe('\0deck-cut:@vueuse/motion')
  })
})

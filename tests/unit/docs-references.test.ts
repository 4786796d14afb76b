/**
 * The docs stay true: every file, folder and script that README.md, MAINTAINING.md and the review notes in docs/
 * name exists, and every project file a code comment cites (as `tests/unit/x.test.ts` or `scripts/x.ts`) exists. A path
 * in backticks that starts at a folder of the project must be in the tree; a bare file name (`reader-css.ts`) must be
 * some file's name; `npm run X` must be a script of package.json. What the build or a test writes (dist/, exports/,
 * .cache/, test-results/, styles/generated/) is not in the tree and is not checked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

const DOCS = [
  'README.md',
  'MAINTAINING.md',
  'docs/internals.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs/review')).map(d => `docs/review/${d}/README.md`),
]
const OUTPUTS = /^(?:dist|dist-speaker|exports|downloads|read|\.cache|test-results|node_modules|styles\/generated)(?:\/|$)/
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.cache',
  'dist',
  'dist-speaker',
  'exports',
  'test-results',
])

function files(dir = PROJECT_ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (SKIP_DIRS.has(name))
      return []
    return statSync(path).isDirectory()
      ? [
          `${relative(PROJECT_ROOT, path)}/`,
          ...files(path),
        ]
      : [
          relative(PROJECT_ROOT, path),
        ]
  })
}

const tree = files()
const paths = new Set(tree)
const names = new Set(tree.filter(f => !f.endsWith('/')).map(f => basename(f)))
const tops = new Set(tree.filter(f => !f.slice(0, -1).includes('/')).map(f => f.replace(/\/$/, '')))
const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)

/** The backticked names in a doc that are meant as files of the project, and the npm scripts it names. */
function namedInDoc(text: string): { files: string[], names: string[], scripts: string[] } {
  const ticked = [
    ...text.matchAll(/`([^`\n]+)`/g),
  ].map(m => m[1].trim())
  const pathLike = ticked.filter(t => /^[\w.@-]+(?:\/[\w.@*-]*)+$/.test(t) && tops.has(t.split('/')[0]) && !OUTPUTS.test(t) && !t.includes('*'))
  const bare = ticked.filter(t => /^[\w.-]+\.(?:ts|vue|md|css|json|yml|mjs)$/.test(t) && !t.startsWith('.'))
  const npm = [
    ...text.matchAll(/npm run ([\w:-]+)/g),
  ].map(m => m[1])
  return {
    files: [
      ...new Set(pathLike),
    ],
    names: [
      ...new Set(bare),
    ],
    scripts: [
      ...new Set(npm),
    ],
  }
}

describe.each(DOCS)('%s names only what exists', (doc) => {
  const named = namedInDoc(readFileSync(join(PROJECT_ROOT, doc), 'utf8'))
  it('every path it names is in the tree', () => {
    const missing = named.files.filter(f => !paths.has(f) && !paths.has(`${f.replace(/\/$/, '')}/`))
    expect(missing, `${doc} names paths that do not exist; fix the doc or the path`).toEqual([])
  })
  it('every file name it names is a file of the project', () => {
    expect(named.names.filter(n => !names.has(n)), `${doc} names files that do not exist`).toEqual([])
  })
  it('every npm script it names is in package.json', () => {
    expect(named.scripts.filter(s => !scripts.includes(s)), `${doc} names npm scripts that package.json lacks`).toEqual([])
  })
})

/** Paths of the project's scripts and tests that code comments cite, e.g. "(tests/unit/style-rules.test.ts)". */
function citedInCode(text: string): string[] {
  return [
    ...new Set([
      ...text.matchAll(/(?<![\w@/.-])((?:tests|scripts|components|setup|styles|data)\/[\w./-]+\.(?:ts|vue|md))\b/g),
    ].map(m => m[1])),
  ]
}

describe('code comments cite only files that exist', () => {
  // Not this file: its own fixture lines name files that do not exist on purpose.
  const sources = tree.filter(f => /\.(?:ts|vue)$/.test(f) && !f.startsWith('tests/fixtures/') && f !== 'tests/unit/docs-references.test.ts')
  it.each(sources.map(f => [f]))('%s', (file) => {
    const cited = citedInCode(readFileSync(join(PROJECT_ROOT, file), 'utf8'))
    expect(cited.filter(c => !paths.has(c)), `${file} cites files that do not exist`).toEqual([])
  })
})

describe('the check itself', () => {
  it('finds a cited test file that is not there', () => {
    const text = 'sizes are tokens (tests/unit/font-sizes.test.ts) and components/Fig.vue; import x from \'@slidev/client/setup/pwa.ts\''
    expect(citedInCode(text).filter(c => !paths.has(c))).toEqual(['tests/unit/font-sizes.test.ts'])
  })

  it('finds a path, a bare file name and a script that are not there', () => {
    const found = namedInDoc('see `scripts/present/nothing-here.ts`, `missing-file.ts` and `npm run nowhere`; `dist/x.html` is output')
    expect(found).toEqual({
      files: ['scripts/present/nothing-here.ts'],
      names: ['missing-file.ts'],
      scripts: ['nowhere'],
    })
    expect(paths.has(found.files[0])).toBe(false)
    expect(names.has(found.names[0])).toBe(false)
  })
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'
import { workflowProblems } from '../support/workflow-rules.ts'

interface Step { uses?: string, run?: string, env?: Record<string, string> }
interface Workflow { on: unknown, jobs: Record<string, { steps: Step[], permissions?: Record<string, string> }> }

describe('the GitHub Pages workflow', async () => {
  const text = await readFile(join(PROJECT_ROOT, '.github/workflows/pages.yml'), 'utf8')
  const workflow = parse(text) as Workflow
  const steps = Object.values(workflow.jobs).flatMap(j => j.steps)
  const uses = steps.map(s => s.uses ?? '')

  it('is valid YAML with a build and a deploy job; only the deploy job may write to Pages', () => {
    expect(workflow.jobs.build).toBeDefined()
    expect(workflow.jobs.deploy.permissions).toEqual({ 'pages': 'write', 'id-token': 'write' })
  })

  it('follows every least-privilege rule (permissions, pinning, credentials, install scripts)', () => {
    expect(workflowProblems(text)).toEqual([])
  })

  it('uses the official Pages actions', () => {
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'])
      expect(uses.some(u => u.startsWith(`${action}@`)), action).toBe(true)
  })

  it('runs the tests before building, builds the public site with the Pages base and URL, never the speaker build', () => {
    const runs = steps.map(s => s.run ?? '')
    const test = runs.findIndex(r => r.includes('npm test'))
    const build = runs.findIndex(r => r.trim() === 'npm run build -- --release')
    const exported = runs.findIndex(r => r.trim() === 'npm run export -- --release')
    expect(test).toBeGreaterThanOrEqual(0)
    expect(build).toBeGreaterThan(test)
    expect(exported).toBeGreaterThan(test)
    for (const index of [build, exported]) {
      expect(steps[index].env, runs[index]).toMatchObject({
        DECK_BASE: expect.stringContaining('base_path'),
        DECK_URL: expect.stringContaining('base_url'),
      })
    }
    expect(steps.filter(s => /build:speaker|dist-speaker/.test(s.run ?? ''))).toEqual([])
    expect(text).not.toMatch(/dist-speaker/)
  })
})

describe('workflowProblems rejects what the security review found', () => {
  const good = `
permissions: {}
jobs:
  build:
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@${'a'.repeat(40)}
        with: { persist-credentials: false }
      - run: npm ci --ignore-scripts
      - run: npm run export -- --release
        env: { DECK_URL: from-pages-base_url }
  deploy:
    if: github.ref == 'refs/heads/main'
    permissions: { pages: write, id-token: write }
    steps:
      - uses: actions/deploy-pages@${'b'.repeat(40)}
`
  it('accepts the good fixture', () => {
    expect(workflowProblems(good)).toEqual([])
  })

  it.each([
    [
      'write permissions at the top',
      good.replace('permissions: {}', 'permissions: { contents: read, pages: write, id-token: write }'),
      /top-level/,
    ],
    [
      'a build job that can write to Pages',
      good.replace('permissions: { contents: read }', 'permissions: { contents: read, pages: write }'),
      /runs project code/,
    ],
    [
      'a deploy job for any branch',
      good.replace(`if: github.ref == 'refs/heads/main'`, `if: github.event_name == 'push'`),
      /refs\/heads\/main/,
    ],
    [
      'an action on a mutable tag',
      good.replace(`checkout@${'a'.repeat(40)}`, 'checkout@v4'),
      /not pinned/,
    ],
    [
      'a persisted checkout token',
      good.replace('with: { persist-credentials: false }', 'with: { fetch-depth: 0 }'),
      /persist-credentials/,
    ],
    [
      'install scripts run',
      good.replace('npm ci --ignore-scripts', 'npm ci'),
      /ignore-scripts/,
    ],
    [
      'apt chromium',
      good.replace('npm ci --ignore-scripts', 'sudo apt-get install -y chromium && npm ci --ignore-scripts'),
      /snap shim/,
    ],
    [
      'a release export without --release (the handout would carry a placeholder URL)',
      good.replace('npm run export -- --release', 'npm run export'),
      /must run with -- --release/,
    ],
    [
      'a release export without the public DECK_URL',
      good.replace('DECK_URL: from-pages-base_url', 'DECK_URL: http://localhost:3030/'),
      /needs DECK_URL/,
    ],
    [
      'a job without its own permissions',
      good.replace('    permissions: { contents: read }\n', ''),
      /must list its own permissions/,
    ],
  ])('rejects %s', (_name, text, problem) => {
    expect(workflowProblems(text).join('\n')).toMatch(problem)
  })
})

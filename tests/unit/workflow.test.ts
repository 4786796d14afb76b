import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

interface Step { uses?: string, run?: string, env?: Record<string, string> }
interface Workflow { on: unknown, permissions: Record<string, string>, jobs: Record<string, { steps: Step[] }> }

describe('the GitHub Pages workflow', async () => {
  const text = await readFile(join(PROJECT_ROOT, '.github/workflows/pages.yml'), 'utf8')
  const workflow = parse(text) as Workflow
  const steps = Object.values(workflow.jobs).flatMap(j => j.steps)
  const uses = steps.map(s => s.uses ?? '')

  it('is valid YAML with jobs and Pages permissions', () => {
    expect(workflow.jobs.build).toBeDefined()
    expect(workflow.permissions).toMatchObject({ 'pages': 'write', 'id-token': 'write' })
  })

  it('uses the official Pages actions', () => {
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'])
      expect(uses.some(u => u.startsWith(`${action}@`)), action).toBe(true)
  })

  it('runs the tests before building, builds the public site with the Pages base and URL, never the speaker build', () => {
    const runs = steps.map(s => s.run ?? '')
    const test = runs.findIndex(r => r.includes('npm test'))
    const build = runs.findIndex(r => r.trim() === 'npm run build')
    expect(test).toBeGreaterThanOrEqual(0)
    expect(build).toBeGreaterThan(test)
    expect(steps.find(s => s.run?.trim() === 'npm run build')?.env).toMatchObject({
      DECK_BASE: expect.stringContaining('base_path'),
      DECK_URL: expect.stringContaining('base_url'),
    })
    expect(steps.filter(s => /build:speaker|dist-speaker/.test(s.run ?? ''))).toEqual([])
    expect(text).not.toMatch(/dist-speaker/)
  })
})

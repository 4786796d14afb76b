import type { CodeblockTransformContext } from '@slidev/types'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mermaidToInlineSvg } from '../../setup/transformers.ts'

const DIAGRAM = 'flowchart LR\n  accTitle: Test\n  A["{fig:fireFlyer2Gpus}"] --> B'

async function transform(info: string, code: string, mode: 'dev' | 'build', userRoot: string) {
  const ctx = {
    info,
    code,
    fence: 3,
    slide: {
      index: 11,
      source: { filepath: 'pages/2-hedge-fund-to-ai-lab.md' },
    },
    options: { mode, userRoot },
    renderHighlighted: async () => '',
  } as unknown as CodeblockTransformContext
  return { result: await mermaidToInlineSvg(ctx), ctx }
}

describe('mermaid blocks without a Chromium to draw them', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'deck-transformer-'))
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')
  })
  afterEach(async () => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
    await rm(root, { recursive: true, force: true })
  })

  it('in dev: falls back to Slidev\'s runtime mermaid with the figures filled in, and says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { result, ctx } = await transform('mermaid', DIAGRAM, 'dev', root)
    expect(result).toBeUndefined()
    expect(ctx.code).toContain('10,000 GPUs')
    expect(ctx.code).not.toContain('{fig:')
    expect(warn.mock.calls.flat().join(' ')).toMatch(/fall back to drawing in the browser: CHROMIUM_PATH/)
  })
  it('in a build: fails naming the slide and what to do', async () => {
    await expect(transform('mermaid', DIAGRAM, 'build', root)).rejects.toThrow(/^Slide 12 \(pages\/2-hedge-fund-to-ai-lab\.md\): the diagram could not be drawn: CHROMIUM_PATH is set to/)
  })
})

describe('mermaid blocks the deck refuses', () => {
  it.each([
    ['mermaid {scale: 0.8}', DIAGRAM, /options \{scale: 0\.8\} are not supported/],
    ['mermaid', 'flowchart LR\n  A --> B', /has no accTitle/],
  ])('%s', async (info, code, message) => {
    await expect(transform(info, code, 'build', tmpdir())).rejects.toThrow(message)
  })
  it('leaves other code blocks to Slidev', async () => {
    expect((await transform('ts', 'const a = 1', 'build', tmpdir())).result).toBeUndefined()
  })
})

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { PROJECT_ROOT, readSlides } from '../../scripts/lib/deck-info.ts'
import { accTitleOf, mermaidBlocks } from '../../scripts/lib/diagram-source.ts'
import { drawDeckDiagram } from '../../scripts/lib/diagrams.ts'

const run = promisify(execFile)

test('every diagram in the talk parses and draws in the deck font, with its title, from a cold cache', async () => {
  const slides = await readSlides()
  const blocks = slides.flatMap(s => mermaidBlocks(s.content).map(code => ({ no: s.no, code })))
  expect(blocks.length).toBeGreaterThanOrEqual(2)
  const root = await mkdtemp(join(tmpdir(), 'deck-diagrams-'))
  try {
    for (const { no, code } of blocks) {
      const drawn = await drawDeckDiagram(code, { root, keepAliveMs: 500 })
      expect(drawn.svg, `slide ${no}`).toContain(`<title id="chart-title-${drawn.domId}">${accTitleOf(code)}</title>`)
      expect(drawn.svg, `slide ${no}: labels measured in Inter`).toMatch(/font-family:\s*"Inter"/)
      expect(drawn.svg, `slide ${no}`).not.toMatch(/syntax error/i)
      expect(drawn.width, `slide ${no}`).toBeGreaterThan(100)
    }
  }
  finally {
    await rm(root, { recursive: true, force: true })
  }
})

test('a broken diagram fails the build, naming the slide and quoting mermaid, and leaves no output behind', async () => {
  const out = join(PROJECT_ROOT, '.cache/test/broken-diagram')
  await rm(out, { recursive: true, force: true })
  const failure = await run(process.execPath, [
    'scripts/build.ts',
    'public',
    '--entry',
    'tests/fixtures/broken-diagram/slides.md',
    '--out',
    out,
  ], { cwd: PROJECT_ROOT, maxBuffer: 32 * 1024 * 1024 }).then(() => undefined, (error: { code: number, stdout: string, stderr: string }) => error)
  expect(failure, 'the build must fail').toBeDefined()
  const output = `${failure!.stdout}\n${failure!.stderr}`
  expect(output).toMatch(/Slide 2 \([^)]*broken-diagram[/\\]slides\.md\): mermaid cannot parse the diagram: Parse error on line 4/)
  expect(output).toMatch(/The public build failed/)
  expect(existsSync(out)).toBe(false)
})

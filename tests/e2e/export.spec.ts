import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { EXPORT_BASENAME } from '../../scripts/export.ts'
import { PROJECT_ROOT, readSlides } from '../../scripts/lib/deck-info.ts'
import { TEST_EXPORT_DIR } from './paths.ts'
import { comparable } from './text.ts'

const run = promisify(execFile)
const slidesPdf = join(TEST_EXPORT_DIR, `${EXPORT_BASENAME}.pdf`)

async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file])
  return Number(stdout.match(/^Pages:\s+(\d+)/m)![1])
}

async function pageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-layout',
    file,
    '-',
  ])
  return comparable(stdout)
}

test.describe.configure({ mode: 'serial' })

test('npm run export writes a slides PDF with one page per slide, each with its title', async () => {
  await rm(TEST_EXPORT_DIR, { recursive: true, force: true })
  await run(process.execPath, ['scripts/export.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DECK_EXPORT_DIR: TEST_EXPORT_DIR },
    maxBuffer: 64 * 1024 * 1024,
  })
  const slides = await readSlides()
  expect(await pdfPages(slidesPdf)).toBe(slides.length)
  for (const slide of slides)
    expect(await pageText(slidesPdf, slide.no), `page ${slide.no}`).toContain(comparable(slide.title))
})

test('a failed export says what to do and keeps the previous PDF byte for byte', async () => {
  await mkdir(TEST_EXPORT_DIR, { recursive: true })
  if (!existsSync(slidesPdf))
    await writeFile(slidesPdf, 'previous good export')
  const before = await readFile(slidesPdf)
  const failure = await run(process.execPath, ['scripts/export.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DECK_EXPORT_DIR: TEST_EXPORT_DIR, CHROMIUM_PATH: '/nonexistent/chromium' },
  }).then(() => undefined, (error: { code: number, stderr: string }) => error)
  expect(failure, 'export must fail when CHROMIUM_PATH points at nothing').toBeDefined()
  expect(failure!.code).toBe(1)
  expect(failure!.stderr).toContain('CHROMIUM_PATH is set to "/nonexistent/chromium"')
  expect(failure!.stderr).not.toMatch(/\n\s+at /)
  expect((await readFile(slidesPdf)).equals(before)).toBe(true)
})

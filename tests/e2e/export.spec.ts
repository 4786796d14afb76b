import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { acts } from '../../data/acts.ts'
import { TEST_BASE } from '../../deck.config.ts'
import { EXPORT_FILES } from '../../scripts/export.ts'
import { PROJECT_ROOT, readSlides, routeAliases } from '../../scripts/lib/deck-info.ts'
import { pageOverflows } from '../../scripts/lib/page-overflow.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { expectedDiagrams } from './diagram-checks.ts'
import { EXPORT_STAMP, TEST_BUILDS, TEST_EXPORT_DIR } from './paths.ts'
import { fonts, inkShare, outlineTitles, pageCount, pageText, pdfInfo, PdfInspection, qpdfCheck } from './pdf-inspect.ts'
import { comparable } from './text.ts'
import { walkDeck } from './walk.ts'

const run = promisify(execFile)
const slidesPdf = join(TEST_EXPORT_DIR, EXPORT_FILES.slides)
const clicksPdf = join(TEST_EXPORT_DIR, EXPORT_FILES.clicks)
let slides: SlideInfo[]

test.beforeAll(async () => {
  slides = await readSlides()
})

test('npm run export (run once by global-setup.ts for every spec) writes both PDFs', async () => {
  const { ms } = JSON.parse(await readFile(EXPORT_STAMP, 'utf8')) as { ms: number }
  console.log(`export took ${ms
    ? `${(ms / 1000).toFixed(1)} s`
    : '0 s (reused: same deck)'}; slides PDF ${((await stat(slidesPdf)).size / 1024).toFixed(0)} KiB, click-steps PDF ${((await stat(clicksPdf)).size / 1024).toFixed(0)} KiB`)
  expect(existsSync(slidesPdf)).toBe(true)
  expect(existsSync(clicksPdf)).toBe(true)
})

test('slides PDF: one page per slide, its title in the text, not blank, no syntax error, every diagram label as text in the deck font, ≤ 3 MB', async () => {
  expect(await pageCount(slidesPdf)).toBe(slides.length)
  expect((await stat(slidesPdf)).size).toBeLessThanOrEqual(3 * 1024 * 1024)
  for (const slide of slides) {
    const text = await pageText(slidesPdf, slide.no)
    expect(text, `page ${slide.no}`).toContain(comparable(slide.title))
    expect(text, `page ${slide.no}`).not.toMatch(/syntax error/i)
    expect(await inkShare(slidesPdf, slide.no), `page ${slide.no} looks blank`).toBeGreaterThan(0.01)
  }
  const diagramSlides = slides.filter(s => s.content.includes('```mermaid'))
  expect(diagramSlides.length).toBeGreaterThanOrEqual(2)
  for (const slide of diagramSlides) {
    const text = comparable(await pageText(slidesPdf, slide.no))
    for (const diagram of expectedDiagrams(slide.content)) {
      // Text extraction interleaves the lines of neighbouring boxes, so each word of each label is looked for.
      const words = new Set(text.split(/\s+/))
      for (const word of diagram.labels.flatMap(label => comparable(label).split(' ')))
        expect(words, `diagram label word "${word}" on page ${slide.no}`).toContain(word)
    }
    const pageFonts = (await fonts(slidesPdf, slide.no)).map(f => f.name)
    expect(pageFonts.some(name => /Inter/.test(name)), `page ${slide.no} fonts: ${pageFonts.join(', ')}`).toBe(true)
    expect(pageFonts.every(name => /Inter|NotoSansSC|Deck/i.test(name)), `page ${slide.no} fonts: ${pageFonts.join(', ')}`).toBe(true)
  }
})

test('click-steps PDF: one page per click step, counted by stepping the deck in the browser', async ({ page }) => {
  let server: StaticServer | undefined
  // The count does not depend on motion, and without transitions each step settles at once (the slide walks in
  // deck.spec.ts step with motion on).
  await page.emulateMedia({ reducedMotion: 'reduce' })
  try {
    server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
    const { steps } = await walkDeck(page, server.url, {
      aliases: routeAliases(slides),
    })
    expect(await pageCount(clicksPdf)).toBe(steps.length)
  }
  finally {
    await server?.close()
  }
})

for (const [name, file] of [
  ['slides', slidesPdf],
  ['click-steps', clicksPdf],
]) {
  test(`${name} PDF: fonts embedded, none a system fallback; tagged with /Lang and metadata; qpdf clean`, async () => {
    const used = await fonts(file)
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter(f => !f.embedded).map(f => f.name)).toEqual([])
    expect(used.filter(f => /DejaVu|Liberation|FreeSans|Arial|Helvetica|Times/i.test(f.name)).map(f => f.name)).toEqual([])
    const info = await pdfInfo(file)
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toBe(String(slides[0].frontmatter.title))
    expect(info.Author).toBe(String(slides[0].frontmatter.author))
    expect(info.Subject).toBe(String(slides[0].frontmatter.info))
    expect(info.Keywords).toContain('DeepSeek')
    const pdf = await PdfInspection.open(file)
    expect(pdf.catalog['/Lang']).toMatch(/en/)
    expect(pdf.catalog['/StructTreeRoot']).toBeTruthy()
    expect(await qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/)
  })
}

test('slides PDF: the structure tree has a heading on every slide page', async () => {
  const pdf = await PdfInspection.open(slidesPdf)
  const headings = pdf.structElements(['/H1', '/H2'])
  const pagesWithHeading = new Set(headings.map(h => h.page))
  const missing = slides.filter(s => !pagesWithHeading.has(s.no - 1)).map(s => `${s.no} ${s.title}`)
  expect(missing).toEqual([])
})

test('slides PDF: bookmarks by act, each holding its slides by title', async () => {
  const outline = await outlineTitles(slidesPdf)
  const top = outline.filter(o => o.depth === 0).map(o => o.title)
  for (const act of Object.values(acts))
    expect(top.some(t => t.endsWith(act.title)), `bookmark for ${act.title}`).toBe(true)
  for (const slide of slides) {
    const item = outline.find(o => o.depth === 1 && o.title === `${slide.no}. ${slide.title}`)
    expect(item, `bookmark for slide ${slide.no}`).toBeDefined()
    expect(item!.page).toBe(slide.no)
  }
})

test('slides PDF: citation markers link to the Sources pages and the agenda links to the act dividers', async () => {
  const pdf = await PdfInspection.open(slidesPdf)
  const links = pdf.internalLinks()
  const sourcesPages = slides.filter(s => s.title.startsWith('Sources')).map(s => s.no - 1)
  const dividerPages = slides.filter(s => s.frontmatter.layout === 'act').map(s => s.no - 1)
  // The first slide whose own Markdown cites a source (a figure or a marker): its PDF page links to the Sources.
  const content = slides.find(s => /<(?:StatCard|Fig|Cite)\b/.test(s.content))!
  expect(links[content.no - 1].length, `links on page ${content.no}`).toBeGreaterThan(0)
  expect(links[content.no - 1].every(target => sourcesPages.includes(target)), `citation links on page ${content.no} lead to a Sources page`).toBe(true)
  const agenda = slides.find(s => s.content.includes('<RouteStrip links'))!
  expect(new Set(links[agenda.no - 1])).toEqual(new Set(dividerPages))
})

test('the export refuses a page whose content runs into its source line or off the page, naming slide and click', async ({ page }) => {
  // Three print pages as Slidev lays them out: one that fits, one whose page-only list runs under its source line
  // (slide 9 before the fix), and a page without a source line whose text runs off its bottom; sr-only text is
  // clipped, not printed, and is not judged.
  const slidePage = (id: string, body: string, footer = true) => `<div class="print-slide-container" id="${id}" style="position:relative;height:551px;overflow:hidden">
    <div class="slidev-layout" style="height:551px">${body}</div>
    ${footer ? '<div class="deck-footer" style="position:absolute;top:512px;height:20px">Sources: A</div>' : ''}
  </div>`
  await page.setContent(`<body style="margin:0">${[
    slidePage('8-0', '<p style="margin:0;height:400px">fits</p><p style="position:absolute;top:600px" class="sr-only">table</p>'),
    slidePage('9-0', '<p style="margin:0;height:490px">strip</p><ol style="margin:0"><li>one</li><li>five</li></ol>'),
    slidePage('30-2', '<p style="margin:0;height:560px">long</p><p style="margin:0">beyond</p>', false),
  ].join('')}</body>`)
  const found = await page.evaluate(pageOverflows)
  expect(found.map(f => `${f.id} ${f.into}`)).toEqual([
    '9-0 source line',
    '30-2 page edge',
  ])
  expect(found[0].px, 'slide 9 runs past the source line\'s top by its last line').toBeGreaterThan(10)
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

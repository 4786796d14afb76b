import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { unshippableUrls } from '../../deck.config.ts'
import { EXPORT_FILES } from '../../scripts/export.ts'
import { noteCues, readSlides } from '../../scripts/lib/deck-info.ts'
import { launchChromium } from '../../scripts/lib/launch-chromium.ts'
import { PRESENT_BUILD } from '../../scripts/present/speaker-build.ts'
import { exported } from './exported.ts'
import { TEST_BUILDS } from './paths.ts'
import { pageCount, pageText, PdfInspection } from './pdf-inspect.ts'

/**
 * The notes policy and the release rule, over everything the public gets: the hosted build, the PDFs (their text,
 * page by page, through pdftotext) and the transcript. Speaker cues ([time N s], [click], [cue: …]) never reach
 * them; no page carries a loopback or placeholder address.
 */
let slides: SlideInfo[]
test.beforeAll(async () => {
  slides = await readSlides()
})

const PDFS = [
  'slides',
  'clicks',
  'handout',
  'threeUp',
] as const
const TEXT_FILES = /\.(?:html|js|css|json|webmanifest|txt|xml|md)$/

/** Text of every page of a PDF, whitespace folded. */
async function pdfPages(file: string): Promise<string[]> {
  const pages = await pageCount(file)
  return Promise.all(Array.from({ length: pages }, async (_, i) => (await pageText(file, i + 1)).replace(/\s+/g, ' ')))
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter(e => e.isFile() && TEXT_FILES.test(e.name)).map(e => join(e.parentPath, e.name))
}

/** What a text gives away of the speaker's cues: the cue syntax, or the words of a cue the notes hold. */
function cueLeaks(text: string, cues: string[]): string[] {
  const found = [
    ...text.matchAll(/\[(?:click(?::\d+)?|time \d+ s|cue: [^\]]*)\]/g),
  ].map(m => m[0])
  const words = cues.filter(c => c.startsWith('[cue: ')).map(c => c.slice(6, -1)).filter(w => w.split(' ').length >= 3)
  return [
    ...new Set([
      ...found,
      ...words.filter(w => text.includes(w)),
    ]),
  ]
}

test('no speaker cue reaches the hosted build, the PDFs or the transcript', async () => {
  const cues = slides.flatMap(s => noteCues(s.note))
  expect(cues.filter(c => c.startsWith('[cue: ')).length, 'the notes hold stage directions to look for').toBeGreaterThan(3)
  const leaks: string[] = []
  for (const file of await filesUnder(TEST_BUILDS.public)) {
    for (const leak of cueLeaks(await readFile(file, 'utf8'), cues))
      leaks.push(`${relative(TEST_BUILDS.public, file)}: ${leak}`)
  }
  for (const kind of ['transcriptHtml', 'transcriptMd'] as const) {
    for (const leak of cueLeaks(await readFile(exported(kind), 'utf8'), cues))
      leaks.push(`${EXPORT_FILES[kind]}: ${leak}`)
  }
  for (const kind of PDFS) {
    for (const [i, text] of (await pdfPages(exported(kind))).entries()) {
      for (const leak of cueLeaks(text, cues))
        leaks.push(`${EXPORT_FILES[kind]} page ${i + 1}: ${leak}`)
    }
  }
  expect(leaks).toEqual([])
})

test('the leak check finds cues where they are: the speaker build carries them', async () => {
  const cues = slides.flatMap(s => noteCues(s.note))
  let found = 0
  for (const file of await filesUnder(TEST_BUILDS.speaker))
    found += cueLeaks(await readFile(file, 'utf8'), cues).length
  expect(found, 'the speaker build keeps the notes with their cues, so the check can see them').toBeGreaterThan(10)
})

test('no page of any artefact carries a loopback or placeholder address, in its text or its links', async () => {
  const found: string[] = []
  for (const kind of PDFS) {
    const pages = await pdfPages(exported(kind))
    const links = (await PdfInspection.open(exported(kind))).externalLinks()
    pages.forEach((text, i) => {
      for (const url of unshippableUrls(`${text} ${(links[i] ?? []).join(' ')}`))
        found.push(`${EXPORT_FILES[kind]} page ${i + 1}: ${url}`)
    })
  }
  for (const kind of ['transcriptHtml', 'transcriptMd'] as const) {
    for (const url of unshippableUrls(await readFile(exported(kind), 'utf8')))
      found.push(`${EXPORT_FILES[kind]}: ${url}`)
  }
  for (const file of (await filesUnder(TEST_BUILDS.public)).filter(f => /\.(?:html|webmanifest)$/.test(f))) {
    for (const url of unshippableUrls(await readFile(file, 'utf8')))
      found.push(`${relative(TEST_BUILDS.public, file)}: ${url}`)
  }
  expect(found).toEqual([])
})

test('the page-by-page PDF checks find a cue and a loopback address printed into a PDF', async () => {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.setContent('<p>Say this, then [cue: pause for the laugh] and open <a href="http://localhost:3030/5">http://localhost:3030/5</a>.</p>')
    const file = join(await mkdtemp(join(tmpdir(), 'leak-')), 'fixture.pdf')
    await writeFile(file, await page.pdf({ format: 'A4' }))
    const [text] = await pdfPages(file)
    expect(cueLeaks(text, ['[cue: pause for the laugh]'])).toEqual(['[cue: pause for the laugh]', 'pause for the laugh'])
    const links = (await PdfInspection.open(file)).externalLinks()[0]
    expect(unshippableUrls(`${text} ${links.join(' ')}`)).toEqual(['http://localhost:3030/5'])
  }
  finally {
    await browser.close()
  }
})

test('the dev-only stage notice (npm run dev) is in no build: public, speaker or presenting', async () => {
  const carrying: string[] = []
  for (const dir of [TEST_BUILDS.public, TEST_BUILDS.speaker, PRESENT_BUILD]) {
    for (const file of (await filesUnder(dir)).filter(f => /\.(?:html|js|css)$/.test(f))) {
      if ((await readFile(file, 'utf8')).includes('dev-stage-notice'))
        carrying.push(file)
    }
  }
  expect(carrying, 'files that carry components/DevStageNotice.vue: global-top.vue must load it only behind import.meta.env.DEV').toEqual([])
})

import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { readDeckConfig, TEST_BASE } from '../../deck.config.ts'
import { PROJECT_ROOT, readSlides, spokenNote } from '../../scripts/lib/deck-info.ts'
import { OG_IMAGE, OG_VIEWPORT } from '../../scripts/lib/og-image.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { READER_PATH } from '../../scripts/site/reader.ts'
import { TEST_BUILDS } from './paths.ts'
import { settle } from './walk.ts'

let slides: SlideInfo[]
let visibleSource = ''
test.beforeAll(async () => {
  slides = await readSlides()
  const dataFiles = (await readdir(join(PROJECT_ROOT, 'data'), { recursive: true, withFileTypes: true })).filter(f => f.isFile())
  visibleSource = [
    ...slides.map(s => s.content),
    ...await Promise.all(dataFiles.map(f => readFile(join(f.parentPath, f.name), 'utf8'))),
  ].join('\n')
})

/** One sentence of each slide's notes whose wording appears nowhere in the slides or data: a probe only notes can leak. */
function noteSentences(): Array<{ no: number, sentence: string }> {
  return slides.map((s) => {
    const sentences = spokenNote(s.note).split(/(?<=[.!?])\s+/).filter(x => x.split(' ').length >= 6)
    const probes = sentences.filter(x => !visibleSource.includes(searchable(x))).sort((a, b) => searchable(b).length - searchable(a).length)
    return { no: s.no, sentence: probes[0] ?? sentences[0] }
  })
}

async function allText(dir: string, except: (path: string) => boolean = () => false): Promise<string> {
  const parts: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !except(relative(dir, join(entry.parentPath, entry.name))))
      parts.push((await readFile(join(entry.parentPath, entry.name))).toString('utf8'))
  }
  return parts.join('\n')
}

/** JS string literals escape quotes and non-ASCII; compare on a core of plain words. */
function searchable(sentence: string): string {
  return sentence.split(/[^\w ]+/).sort((a, b) => b.length - a.length)[0].trim()
}

test.describe('served under a non-root base', () => {
  let server: StaticServer
  test.beforeAll(async () => {
    server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  })
  test.afterAll(() => server.close())

  test('a reload on /N?clicks=K shows slide N at click step K', async ({ page }) => {
    // A slide with at least two plain v-click elements: at click 2, exactly two are shown.
    const slide = slides.find(s => (s.content.match(/\sv-click[\s>]/g) ?? []).length >= 2)!
    await page.goto(`${server.url}${slide.no}?clicks=2`)
    await page.reload()
    await settle(page, slide.no)
    expect(new URL(page.url()).searchParams.get('clicks')).toBe('2')
    const shown = page.locator(`#slideshow .slidev-page-${slide.no} .slidev-vclick-target:not(.slidev-vclick-hidden)`)
    await expect(shown).toHaveCount(2)
  })

  test('link previews: absolute og: and twitter: tags from DECK_URL, and an image of the title slide', async ({ page }) => {
    const { url } = readDeckConfig()
    const html = await readFile(join(TEST_BUILDS.public, 'index.html'), 'utf8')
    for (const [attr, name, value] of [
      [
        'property',
        'og:title',
        String(slides[0].frontmatter.title),
      ],
      ['property', 'og:image', `${url}${OG_IMAGE}`],
      ['property', 'og:url', url],
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:image', `${url}${OG_IMAGE}`],
    ]) {
      expect(html, name).toContain(`<meta ${attr}="${name}" content="${value.replace(/'/g, '&#39;').replace(/&#39;/g, '\'')}"`)
    }
    expect(html).toContain(`<link rel="canonical" href="${url}"`)
    await page.setViewportSize(OG_VIEWPORT)
    await page.goto(`${server.url}1`)
    await settle(page, 1)
    const fresh = await page.locator('#slideshow .slidev-page-1').screenshot()
    const stored = await readFile(join(TEST_BUILDS.public, OG_IMAGE))
    expect(await imageDifference(page, stored, fresh), 'share of pixels that differ').toBeLessThan(0.01)
  })

  test('phones held upright that chose the slides: the slide fits the screen and a swipe moves to the next slide', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      serviceWorkers: 'block',
    })
    // A phone in portrait gets the reader by default (reader.spec.ts); this one asked for the slides (?view=slides).
    await context.addInitScript(() => localStorage.setItem('deck-view', 'slides'))
    const page = await context.newPage()
    await page.goto(`${server.url}2`)
    await settle(page, 2)
    const box = (await page.locator('#slideshow .slidev-page-2').boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(-1)
    expect(box.x + box.width).toBeLessThanOrEqual(391)
    expect(box.width).toBeGreaterThan(350)
    await swipeLeft(page, box)
    await expect(page).toHaveURL(/\/(2\?clicks=1|3)$/)
    await context.close()
  })
})

test('public build: the app carries no note sentence and no route shows notes; the reader edition prints them all', async ({ page }) => {
  // The notes' prose is public by design (README, "Speaker notes"), in the reader edition only; the app stays without.
  const text = await allText(TEST_BUILDS.public, path => path === READER_PATH)
  const leaked = noteSentences().filter(({ sentence }) => text.includes(searchable(sentence))).map(({ no, sentence }) => `slide ${no}: ${sentence}`)
  expect(leaked).toEqual([])
  const reader = await readFile(join(TEST_BUILDS.public, READER_PATH), 'utf8')
  expect(noteSentences().filter(({ sentence }) => !reader.includes(searchable(sentence))).map(({ no }) => no), 'note sentences missing from the reader').toEqual([])
  const server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
  try {
    for (const route of ['presenter/1', 'notes', 'overview']) {
      await page.goto(`${server.url}${route}`)
      await page.waitForLoadState('networkidle')
      const body = await page.locator('body').textContent() ?? ''
      const shown = noteSentences().filter(({ sentence }) => body.includes(searchable(sentence)))
      expect(shown.map(s => s.no), `/${route} shows note text`).toEqual([])
    }
  }
  finally {
    await server.close()
  }
})

test('speaker build: every slide\'s note sentence is in the build', async () => {
  const text = await allText(TEST_BUILDS.speaker)
  const missing = noteSentences().filter(({ sentence }) => !text.includes(searchable(sentence))).map(({ no }) => no)
  expect(missing).toEqual([])
})

/** Share of pixels that differ noticeably between two PNGs of the same size, computed in the browser. */
async function imageDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([a64, b64]) => {
    const load = async (b64: string) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
    const [ia, ib] = await Promise.all([
      load(a64),
      load(b64),
    ])
    if (ia.width !== ib.width || ia.height !== ib.height)
      return 1
    const pixels = (img: ImageBitmap) => {
      const canvas = new OffscreenCanvas(img.width, img.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      return ctx.getImageData(0, 0, img.width, img.height).data
    }
    const pa = pixels(ia)
    const pb = pixels(ib)
    let differ = 0
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 48)
        differ++
    }
    return differ / (pa.length / 4)
  }, [
    a.toString('base64'),
    b.toString('base64'),
  ])
}

async function swipeLeft(page: Page, box: { x: number, y: number, width: number, height: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const y = box.y + box.height / 2
  const from = box.x + box.width * 0.85
  const to = box.x + box.width * 0.1
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [
      { x: from, y },
    ],
  })
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x: from + (to - from) * i / 8, y },
      ],
    })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

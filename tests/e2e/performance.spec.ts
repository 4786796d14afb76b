import type { Browser } from 'playwright-core'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { measureCriticalLoad } from '../../scripts/bench/critical-bytes.ts'
import { precacheSize } from '../../scripts/benchmark.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { launchChromium } from '../../scripts/lib/launch-chromium.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { TEST_BUILDS } from './paths.ts'

const KIB = 1024
const DIAGRAM_CODE = /mermaid|elk|dagre|cytoscape|layout/i

// Bytes are measured as a host would serve them: a compressing server, and a browser of our own (its own cache).
let server: StaticServer
let browser: Browser
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.public, TEST_BASE, 0, { compress: true })
  browser = await launchChromium()
})
test.afterAll(async () => {
  await browser.close()
  await server.close()
})

test('critical first load of slide 1 is at most 250 KiB compressed and fetches no diagram or layout-engine code', async () => {
  const load = await measureCriticalLoad(browser, `${server.url}1`)
  console.log(`critical first load: ${(load.totalBytes / KIB).toFixed(1)} KiB in ${load.resources.length} requests`)
  expect(load.resources.filter(r => DIAGRAM_CODE.test(r.url)).map(r => r.url)).toEqual([])
  expect(load.resources.some(r => r.url.endsWith('.js'))).toBe(true)
  expect(load.totalBytes).toBeLessThanOrEqual(250 * KIB)
})

test('a diagram slide opened by deep link draws its diagram without fetching mermaid or a layout engine', async () => {
  const slides = await readSlides()
  const diagramSlide = slides.find(s => s.content.includes('```mermaid'))!
  const load = await measureCriticalLoad(browser, `${server.url}${diagramSlide.no}`)
  expect(load.resources.filter(r => DIAGRAM_CODE.test(r.url)).map(r => r.url)).toEqual([])
  const page = await browser.newPage()
  await page.goto(`${server.url}${diagramSlide.no}`)
  await expect(page.locator(`#slideshow .slidev-page-${diagramSlide.no} .deck-diagram svg`)).toBeVisible()
  await page.close()
})

test('after the first load, only slide 1 and its neighbour have been fetched, not every slide', async () => {
  // Slidev's own preloading would fetch and mount all slides 3 s after the load; wait well past that.
  const load = await measureCriticalLoad(browser, `${server.url}1`, 5000)
  const slideChunks = load.resources.filter(r => /\/md-[\w-]+\.js$/.test(r.url))
  expect(slideChunks.length, slideChunks.map(r => r.url).join('\n')).toBe(2)
})

test('the offline cache is at most 3 MiB compressed', async () => {
  const cache = await precacheSize(TEST_BUILDS.public)
  console.log(`offline cache: ${cache.entries} files, ${(cache.rawBytes / KIB).toFixed(0)} KiB raw, ${(cache.compressedBytes / KIB).toFixed(0)} KiB compressed`)
  expect(cache.entries).toBeGreaterThan(10)
  expect(cache.compressedBytes).toBeLessThanOrEqual(3 * KIB * KIB)
})

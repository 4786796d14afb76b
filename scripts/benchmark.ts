/**
 * Reports the deck's performance figures (not asserted here; tests/e2e/performance.spec.ts holds the budget):
 *   critical first load: bytes fetched for slide 1 until 2 s after load, service workers blocked, brotli server
 *   offline cache: what the service worker precaches, raw and brotli-compressed
 *   slowest slide-to-slide step over the whole deck
 *   deep-link time of each diagram slide vs a text slide (median of cold loads), and their ratio
 *   Lighthouse performance and accessibility, mobile and desktop, with the system Chromium. Lighthouse is run on
 *   demand at a pinned version (npx), not installed with the project: it is large and only this report needs it.
 * node scripts/benchmark.ts [built-dir]   (default: dist/, served under DECK_BASE)
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompressSync } from 'node:zlib'
import { readDeckConfig } from '../deck.config.ts'
import { findChromium } from './lib/chromium.ts'
import { measureCriticalLoad } from './lib/critical-bytes.ts'
import { readSlides } from './lib/deck-info.ts'
import { compareDeepLinks } from './lib/deep-link-timing.ts'
import { launchChromium } from './lib/launch-chromium.ts'
import { serveStatic } from './lib/static-server.ts'
import { runMain } from './lib/user-error.ts'

export interface PrecacheSize {
  entries: number
  rawBytes: number
  compressedBytes: number
}

/** Sizes of the files listed in the service worker's precache manifest (sw.js), compressed as a server would. */
export async function precacheSize(dir: string): Promise<PrecacheSize> {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8')
  const urls = [
    ...sw.matchAll(/url:\s*"([^"]+)"/g),
  ].map(m => m[1])
  let rawBytes = 0
  let compressedBytes = 0
  for (const url of urls) {
    const bytes = await readFile(join(dir, decodeURIComponent(url)))
    rawBytes += bytes.length
    compressedBytes += /\.(?:woff2?|png|jpe?g|webp|avif|gif)$/.test(url)
      ? bytes.length
      : brotliCompressSync(bytes).length
  }
  return { entries: urls.length, rawBytes, compressedBytes }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`

export const LIGHTHOUSE = 'lighthouse@13.5.0'

/** Lighthouse scores for a URL, or the reason they could not be measured. */
async function lighthouse(url: string, chromiumPath: string, preset: 'mobile' | 'desktop'): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'lighthouse-')), `${preset}.json`)
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    `--chrome-path=${chromiumPath}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ]
  if (preset === 'desktop')
    args.push('--preset=desktop')
  try {
    await promisify(execFile)('npx', args, { timeout: 240_000, maxBuffer: 64 * 1024 * 1024 })
    const report = JSON.parse(await readFile(out, 'utf8')) as { categories: Record<string, { score: number }>, audits: Record<string, { displayValue?: string }> }
    const score = (c: string) => Math.round(report.categories[c].score * 100)
    return `performance ${score('performance')}, accessibility ${score('accessibility')} (FCP ${report.audits['first-contentful-paint'].displayValue}, LCP ${report.audits['largest-contentful-paint'].displayValue}, TBT ${report.audits['total-blocking-time'].displayValue})`
  }
  catch (error) {
    return `not measured: ${(error as Error).message.split('\n')[0].slice(0, 160)} (needs the npm registry for ${LIGHTHOUSE})`
  }
}

if (import.meta.main) {
  await runMain(async () => {
    const dir = process.argv[2] ?? 'dist'
    const { base } = readDeckConfig()
    const server = await serveStatic(dir, base, 0, { compress: true })
    const browser = await launchChromium()
    try {
      const load = await measureCriticalLoad(browser, `${server.url}1`)
      console.log(`Critical first load (slide 1, +2 s after load, no service worker): ${kib(load.totalBytes)} in ${load.resources.length} requests`)
      for (const r of [...load.resources].sort((a, b) => b.transferred - a.transferred).slice(0, Number(process.env.BENCH_LIST ?? 12)))
        console.log(`  ${kib(r.transferred).padStart(11)}  ${r.type.padEnd(10)} ${r.url.replace(server.url, '')}`)
      const cache = await precacheSize(dir)
      console.log(`Offline cache (service worker precache): ${cache.entries} files, ${kib(cache.rawBytes)} raw, ${kib(cache.compressedBytes)} compressed`)
      const page = await browser.newPage({
        viewport: { width: 1280, height: 720 },
        serviceWorkers: 'block',
      } as never)
      await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
      let slowest = { ms: 0, from: '' }
      for (;;) {
        const before = page.url()
        const started = performance.now()
        await page.keyboard.press('ArrowRight')
        const moved = await page.waitForURL(u => u.href !== before, { timeout: 2000 }).then(() => true, () => false)
        if (!moved)
          break
        await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'))
        const ms = performance.now() - started
        if (ms > slowest.ms) {
          slowest = {
            ms,
            from: before.replace(server.url, '/'),
          }
        }
      }
      console.log(`Slowest slide-to-slide step: ${slowest.ms.toFixed(0)} ms (leaving ${slowest.from}), including the slide transition`)
      const slides = await readSlides()
      const textSlide = slides.find(s => s.no > 1 && !/```|<[A-Z]/.test(s.content))!
      const diagramSlides = slides.filter(s => s.content.includes('```mermaid'))
      const runs = Number(process.env.BENCH_RUNS ?? 5)
      const [text, ...diagrams] = await compareDeepLinks(browser, server.url, [
        { no: textSlide.no, selector: 'h1' },
        ...diagramSlides.map(s => ({ no: s.no, selector: '.deck-diagram svg' })),
      ], runs)
      console.log(`Deep link, median of ${runs} cold loads: text slide ${textSlide.no} ${text.toFixed(0)} ms`)
      diagramSlides.forEach((s, i) => console.log(`  diagram slide ${s.no}: ${diagrams[i].toFixed(0)} ms (${(diagrams[i] / text).toFixed(2)}x the text slide)`))
      for (const preset of ['mobile', 'desktop'] as const)
        console.log(`Lighthouse ${preset}: ${await lighthouse(`${server.url}1`, findChromium(), preset)}`)
    }
    finally {
      await browser.close()
      await server.close()
    }
  })
}

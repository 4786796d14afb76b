/**
 * Reports the deck's performance figures (not asserted here; tests/e2e/performance.spec.ts holds the budget):
 *   critical first load: bytes fetched for slide 1 until 2 s after load, service workers blocked, brotli server
 *   offline cache: what the service worker precaches, raw and brotli-compressed
 *   slowest slide-to-slide step over the whole deck
 *   deep-link time of each diagram slide vs a text slide (median of cold loads), and their ratio
 *   the reader edition's first load
 *   what a throttled phone sees frame by frame on a title, a diagram and an interactive slide (first paint)
 *   Lighthouse (scripts/bench/lighthouse.ts), medians of BENCH_ROUNDS (3) interleaved rounds, in one run, for:
 *     stock: Slidev's client and page as they come (built here with DECK_CLIENT=stock, or BENCH_STOCK=dir)
 *     deck: the same slide with this project's first paint and start-up cuts
 *     reader: read/, and a phone sent there from /1 by the view chooser
 *   the speaker's wait: command to slide 1 drawn, `npm run present` (current presenting build) against `npm run dev`
 *   BENCH_LIGHTHOUSE=0 skips Lighthouse; BENCH_PRESENT=0 skips the speaker's wait.
 * node scripts/benchmark.ts [built-dir]   (default: dist/, served under DECK_BASE)
 */
import type { Variant } from './bench/lighthouse.ts'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompressSync } from 'node:zlib'
import { readDeckConfig } from '../deck.config.ts'
import { measureCriticalLoad } from './bench/critical-bytes.ts'
import { compareDeepLinks } from './bench/deep-link-timing.ts'
import { loadFrames } from './bench/frame-log.ts'
import { LIGHTHOUSE, lighthouseTable, runVariants } from './bench/lighthouse.ts'
import { timeToSlideOne } from './bench/present-start.ts'
import { findChromium } from './lib/chromium.ts'
import { PROJECT_ROOT, readSlides } from './lib/deck-info.ts'
import { launchChromium } from './lib/launch-chromium.ts'
import { serveStatic } from './lib/static-server.ts'
import { runMain } from './lib/user-error.ts'
import { ensurePresentBuild } from './present/speaker-build.ts'

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

/** The stock build to compare with: BENCH_STOCK, or a fresh one in .cache/bench/stock. */
async function stockBuild(): Promise<string> {
  if (process.env.BENCH_STOCK)
    return process.env.BENCH_STOCK
  const out = join(PROJECT_ROOT, '.cache/bench/stock')
  console.log('Building the stock comparison (DECK_CLIENT=stock)…')
  await promisify(execFile)(process.execPath, [
    join(PROJECT_ROOT, 'scripts/build.ts'),
    'public',
    '--out',
    out,
  ], {
    env: { ...process.env, DECK_CLIENT: 'stock' },
    maxBuffer: 64 * 1024 * 1024,
  })
  return out
}

async function lighthouseReport(deckUrl: string, dir: string, base: string): Promise<void> {
  const stock = await serveStatic(await stockBuild(), base, 0, { compress: true })
  // The reader and the phone redirect on an origin of their own, so no run inherits another's service worker.
  const own = await serveStatic(dir, base, 0, { compress: true })
  try {
    const variants: Variant[] = [
      { name: 'stock /1?view=slides', url: `${stock.url}1?view=slides`, preset: 'mobile' },
      { name: 'deck /1?view=slides', url: `${deckUrl}1?view=slides`, preset: 'mobile' },
      { name: 'reader read/', url: `${own.url}read/`, preset: 'mobile' },
      { name: 'phone /1 → reader', url: `${own.url}1`, preset: 'mobile' },
      { name: 'stock /1', url: `${stock.url}1`, preset: 'desktop' },
      { name: 'deck /1', url: `${deckUrl}1`, preset: 'desktop' },
      { name: 'reader read/', url: `${own.url}read/`, preset: 'desktop' },
    ]
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
    console.log(`Lighthouse (${LIGHTHOUSE}, ${rounds} interleaved rounds, medians):`)
    const runs = await runVariants(variants, findChromium(), rounds, line => console.log(line))
    console.log(lighthouseTable(variants, runs))
  }
  finally {
    await stock.close()
    await own.close()
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
      const interactive = slides.find(s => /<KvCacheCalculator\b/.test(s.content))
      console.log('First paint on a throttled phone (412×823, 4× CPU, 150 ms / 1.6 Mbit/s), /N?view=slides:')
      for (const no of [1, diagramSlides[0]?.no, interactive?.no].filter(n => n !== undefined)) {
        const f = await loadFrames(browser, `${server.url}${no}?view=slides`)
        console.log(`  slide ${no}: headline on screen ${f.firstTitle} ms, the app's own ${f.appTitle} ms, blank after first paint ${f.blankMs} ms, unscaled frames ${f.unscaledFrames}, LCP on the snapshot ${f.lcpInSnapshot}, CLS ${f.cls.toFixed(3)}`)
      }
      const reader = await measureCriticalLoad(browser, `${server.url}read/`)
      console.log(`Reader first load (read/, +2 s after load): ${kib(reader.totalBytes)} in ${reader.resources.length} requests`)
      if (process.env.BENCH_PRESENT !== '0') {
        const build = await ensurePresentBuild()
        console.log(`The speaker's wait, command to slide 1 drawn (the presenting build ${build.built
          ? `made first, in ${(build.ms / 1000).toFixed(1)} s`
          : 'current'}):`)
        for (const [name, script] of [
          ['npm run present', 'scripts/present.ts'],
          ['npm run dev', 'scripts/dev.ts'],
        ] as const) {
          const t = await timeToSlideOne(browser, name, script, base)
          console.log(`  ${name.padEnd(16)} ${(t.ms / 1000).toFixed(2)} s (address printed after ${(t.readyMs / 1000).toFixed(2)} s)`)
        }
      }
      if (process.env.BENCH_LIGHTHOUSE !== '0')
        await lighthouseReport(server.url, dir, base)
    }
    finally {
      await browser.close()
      await server.close()
    }
  })
}

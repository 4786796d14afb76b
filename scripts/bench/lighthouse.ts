/**
 * Lighthouse, run on demand at a pinned version (npx; not installed with the project: it is large and only the
 * benchmark needs it) against the system Chromium. Variants are compared within one run: every round runs each
 * variant once, the order rotating between rounds, and the table reports medians (the machine's load moves single
 * runs by tens of points of TBT).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export const LIGHTHOUSE = 'lighthouse@13.5.0'

export type Preset = 'mobile' | 'desktop'

/** One Lighthouse run's figures (ms unless named). */
export interface LighthouseRun {
  performance: number
  accessibility: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** Main-thread work during the load (Lighthouse's "Minimize main-thread work"). */
  mainThread: number
  /** Bytes transferred, KiB. */
  transferKiB: number
}

interface Report {
  categories: Record<string, { score: number | null }>
  audits: Record<string, { numericValue?: number }>
}

/** The figures of a Lighthouse JSON report (pure). */
export function figuresOf(report: Report): LighthouseRun {
  const value = (audit: string) => {
    const v = report.audits[audit]?.numericValue
    if (typeof v !== 'number')
      throw new TypeError(`The Lighthouse report has no ${audit} figure.`)
    return v
  }
  const score = (category: string) => Math.round((report.categories[category]?.score ?? Number.NaN) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcp: Math.round(value('first-contentful-paint')),
    lcp: Math.round(value('largest-contentful-paint')),
    tbt: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    mainThread: Math.round(value('mainthread-work-breakdown')),
    transferKiB: Number((value('total-byte-weight') / 1024).toFixed(1)),
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? sorted[mid]
    : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Each figure's median over the runs. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const keys = Object.keys(runs[0]) as Array<keyof LighthouseRun>
  return Object.fromEntries(keys.map(k => [
    k,
    median(runs.map(r => r[k])),
  ])) as unknown as LighthouseRun
}

/** The order of variants in each round: rotated by one every round, so none always runs first. */
export function roundOrder(count: number, round: number): number[] {
  return Array.from({ length: count }, (_, i) => (i + round) % count)
}

/** Runs Lighthouse once; throws with what to do when it cannot. */
export async function runLighthouse(url: string, chromiumPath: string, preset: Preset): Promise<LighthouseRun> {
  const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'))
  const out = join(dir, 'report.json')
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
    return figuresOf(JSON.parse(await readFile(out, 'utf8')) as Report)
  }
  catch (error) {
    throw new Error(`Lighthouse could not measure ${url}: ${(error as Error).message.split('\n')[0].slice(0, 160)} (it needs the npm registry for ${LIGHTHOUSE} on first use).`)
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export interface Variant {
  name: string
  url: string
  preset: Preset
}

/** Every variant `rounds` times, interleaved; returns each variant's runs in the variants' order. */
export async function runVariants(variants: Variant[], chromiumPath: string, rounds: number, log: (line: string) => void): Promise<LighthouseRun[][]> {
  const runs: LighthouseRun[][] = variants.map(() => [])
  for (let round = 0; round < rounds; round++) {
    for (const i of roundOrder(variants.length, round)) {
      const run = await runLighthouse(variants[i].url, chromiumPath, variants[i].preset)
      runs[i].push(run)
      log(`  round ${round + 1}, ${variants[i].name} (${variants[i].preset}): performance ${run.performance}, FCP ${run.fcp} ms, LCP ${run.lcp} ms, TBT ${run.tbt} ms`)
    }
  }
  return runs
}

/** A Markdown table of the medians, one row per variant. */
export function lighthouseTable(variants: Variant[], runs: LighthouseRun[][]): string {
  const head = '| variant | preset | perf | a11y | FCP ms | LCP ms | TBT ms | CLS | main thread ms | transfer KiB | perf per run |'
  const rows = variants.map((v, i) => {
    const m = medianRun(runs[i])
    return `| ${v.name} | ${v.preset} | ${m.performance} | ${m.accessibility} | ${m.fcp} | ${m.lcp} | ${m.tbt} | ${m.cls} | ${m.mainThread} | ${m.transferKiB} | ${runs[i].map(r => r.performance).join(' / ')} |`
  })
  return [head, '|---|---|---|---|---|---|---|---|---|---|---|', ...rows].join('\n')
}

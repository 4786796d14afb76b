/**
 * How long the speaker waits: from the command to slide 1 drawn in a browser, for `npm run present` (the read-only
 * presenting build, made first if the deck changed) and `npm run dev` (Slidev's dev server, which compiles on
 * demand), in one run. As a speaker does it: run the command, open its address once the terminal prints it, wait
 * for the slide. The browser is started before the clock; the command's process group is stopped after each run.
 */
import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-core'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../lib/deck-info.ts'
import { freePort } from '../lib/free-port.ts'

export interface StartTiming {
  name: string
  /** Command start to the address printed. */
  readyMs: number
  /** Command start to slide 1 drawn. */
  ms: number
}

/** Runs `script --port P`, opens `http://localhost:P{base}1` once the command prints that address, waits for slide 1. */
export async function timeToSlideOne(browser: Browser, name: string, script: string, base: string, timeoutMs = 180_000): Promise<StartTiming> {
  const port = await freePort()
  const page = await browser.newPage({
    viewport: { width: 1920, height: 1080 },
  })
  const started = performance.now()
  const child = spawn(process.execPath, [
    join(PROJECT_ROOT, script),
    '--port',
    String(port),
  ], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  try {
    let output = ''
    const address = `localhost:${port}`
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script} printed no address within ${timeoutMs / 1000} s:\n${output.slice(-1000)}`)), timeoutMs)
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8')
        if (output.includes(address)) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout!.on('data', read)
      child.stderr!.on('data', read)
      child.once('exit', code => reject(new Error(`${script} exited with code ${code}:\n${output.slice(-1000)}`)))
    })
    const readyMs = performance.now() - started
    await page.goto(`http://${address}${base}1`, { timeout: timeoutMs })
    await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ timeout: timeoutMs })
    return { name, readyMs, ms: performance.now() - started }
  }
  finally {
    await page.close()
    try {
      process.kill(-child.pid!, 'SIGTERM')
    }
    catch {}
  }
}

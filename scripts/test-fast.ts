/**
 * The checks of `npm test` that need no browser, at once: typecheck, lint and the unit tests each run single-threaded
 * for most of their time, so on two cores they finish together in about the time of the longest. Each one's output
 * is printed whole when it ends; the exit code is non-zero if any failed, naming which.
 */
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'

const CHECKS: Array<[string, string[]]> = [
  [
    'typecheck',
    ['run', 'typecheck'],
  ],
  [
    'lint',
    ['run', 'lint'],
  ],
  [
    'unit tests',
    ['run', 'test:unit'],
  ],
]

function run(name: string, args: string[]): Promise<{ name: string, code: number, ms: number }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('npm', args, {
      env: { ...process.env, FORCE_COLOR: '1' },
    })
    const out: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => out.push(chunk))
    child.on('close', (code) => {
      process.stdout.write(`\n── ${name} ──\n${Buffer.concat(out).toString()}`)
      resolve({ name, code: code ?? 1, ms: Date.now() - started })
    })
  })
}

const started = Date.now()
const results = await Promise.all(CHECKS.map(([name, args]) => run(name, args)))
const failed = results.filter(r => r.code !== 0)
console.log(`\n${results.map(r => `${r.name} ${r.code === 0
  ? 'passed'
  : 'FAILED'} (${(r.ms / 1000).toFixed(1)} s)`).join(', ')}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`)
if (failed.length) {
  console.error(`✖ ${failed.map(r => r.name).join(' and ')} failed: see ${failed.length > 1
    ? 'their'
    : 'its'} output above.`)
  process.exit(1)
}

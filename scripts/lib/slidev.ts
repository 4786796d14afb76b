import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { UserError } from './user-error.ts'

const require = createRequire(import.meta.url)

/** Path of the Slidev CLI entry, run with the current Node (so .ci/run's Node 24 is used throughout). */
export function slidevBin(): string {
  const pkgPath = require.resolve('@slidev/cli/package.json')
  const pkg = require(pkgPath) as { bin: string | Record<string, string> }
  const bin = typeof pkg.bin === 'string'
    ? pkg.bin
    : pkg.bin.slidev
  return join(pkgPath, '..', bin)
}

/** Runs `slidev <args>`; output goes to the terminal; a non-zero exit becomes a UserError naming the step. */
export async function runSlidev(args: string[], what: string, options: { cwd?: string, env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  const child = spawn(process.execPath, [
    slidevBin(),
    ...args,
  ], {
    cwd: options.cwd,
    env: {
      ...process.env,
      ...options.env,
    },
    stdio: 'inherit',
  })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0)
    throw new UserError(`${what} failed (slidev exited with code ${code}); the messages above name the slide or file to fix.`)
}

import type { ChildProcess } from 'node:child_process'
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

export interface SlidevOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Flags for the Node process that runs Slidev, e.g. --disable-proto=delete. */
  nodeFlags?: string[]
  /** 'ignore' leaves the terminal's keyboard to the calling script (Slidev's shortcuts are then off). */
  stdin?: 'inherit' | 'ignore'
}

export interface SlidevProcess {
  child: ChildProcess
  /** Resolves when Slidev exits; a non-zero exit becomes a UserError naming the step. */
  done: Promise<void>
}

/** Starts `slidev <args>`; its output goes to the terminal. */
export function spawnSlidev(args: string[], what: string, options: SlidevOptions = {}): SlidevProcess {
  const child = spawn(process.execPath, [
    ...options.nodeFlags ?? [],
    slidevBin(),
    ...args,
  ], {
    cwd: options.cwd,
    env: {
      ...process.env,
      ...options.env,
    },
    stdio: [options.stdin ?? 'inherit', 'inherit', 'inherit'],
  })
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  }).then((code) => {
    if (code !== 0)
      throw new UserError(`${what} failed (slidev exited with code ${code}); the messages above name the slide or file to fix.`)
  })
  return { child, done }
}

/** Runs `slidev <args>` to the end. */
export async function runSlidev(args: string[], what: string, options: SlidevOptions = {}): Promise<void> {
  await spawnSlidev(args, what, options).done
}

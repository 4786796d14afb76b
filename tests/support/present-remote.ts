import type { Buffer } from 'node:buffer'
/** Runs `npm run present:remote`'s script as a child process, as a speaker would, and reads what it prints. */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

export const REMOTE_SCRIPT = join(PROJECT_ROOT, 'scripts/present/remote.ts')

export { freePort } from '../../scripts/lib/free-port.ts'

export interface RemoteRun {
  child: ChildProcess
  output: () => string
  /** The newest pairing link printed, waiting for the next one after `after` characters of output. */
  nextPairingLink: (after?: number, timeoutMs?: number) => Promise<string>
  stop: () => Promise<number | null>
}

const LINK = /Pairing link[^:]*: (https:\/\/\S+)/g

/** `command` and `args` start the script (possibly wrapped, e.g. in unshare and strace). */
export function runRemote(command: string, args: string[], options: { group?: boolean } = {}): RemoteRun {
  // group: the run gets its own process group, and stop() signals all of it (a wrapper such as strace included).
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: options.group,
  })
  let text = ''
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  const exited = new Promise<number | null>(resolve => child.on('close', resolve))
  return {
    child,
    output: () => text,
    async nextPairingLink(after = 0, timeoutMs = 180_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const links = [
          ...text.slice(after).matchAll(LINK),
        ]
        if (links.length)
          return links.at(-1)![1]
        if (child.exitCode !== null)
          break
        await new Promise(resolve => setTimeout(resolve, 250))
      }
      throw new Error(`present:remote printed no pairing link:\n${text.slice(-3000)}`)
    },
    async stop() {
      if (child.exitCode === null) {
        if (options.group)
          process.kill(-child.pid!, 'SIGTERM')
        else
          child.kill('SIGTERM')
      }
      return exited
    },
  }
}

/** The deck's editable sources, so a test can prove none changed (and put them back if a guard failed). */
export async function guardedSources(): Promise<string[]> {
  const inDir = async (dir: string, ext: string) => (await readdir(join(PROJECT_ROOT, dir))).filter(f => f.endsWith(ext)).map(f => `${dir}/${f}`)
  return [
    'slides.md',
    'vite.config.ts',
    ...await inDir('pages', '.md'),
    ...await inDir('setup', '.ts'),
  ]
}

export async function snapshotSources(): Promise<Map<string, string>> {
  const files = await guardedSources()
  return new Map(await Promise.all(files.map(async f => [f, await readFile(join(PROJECT_ROOT, f), 'utf8')] as const)))
}

/** Files whose text differs from the snapshot; each is restored. */
export async function changedAndRestore(snapshot: Map<string, string>): Promise<string[]> {
  const changed: string[] = []
  for (const [file, text] of snapshot) {
    if (await readFile(join(PROJECT_ROOT, file), 'utf8') !== text) {
      changed.push(file)
      await writeFile(join(PROJECT_ROOT, file), text)
    }
  }
  return changed
}

import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Temporary sibling path for an output, unique to this process. */
export function temporaryPath(target: string): string {
  return `${target}.${process.pid}.tmp`
}

/**
 * Replaces `target` (file or directory) with the finished `temporary` one. Until this runs, the previous good
 * output keeps its bytes; a directory swap leaves the old copy in place if the rename fails.
 */
export async function replaceWith(temporary: string, target: string): Promise<void> {
  const old = `${target}.${process.pid}.old`
  const hadOld = await rename(target, old).then(() => true, () => false)
  try {
    await rename(temporary, target)
  }
  catch (error) {
    if (hadOld)
      await rename(old, target)
    throw error
  }
  if (hadOld)
    await rm(old, { recursive: true, force: true })
}

/** Writes a file so that readers see either the old bytes or the new ones, never half a file. */
export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPath(target)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(temporary, data)
  await rename(temporary, target)
}

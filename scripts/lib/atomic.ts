import { rename, rm } from 'node:fs/promises'

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

import { join } from 'node:path'
import { EXPORT_FILES } from '../../scripts/export.ts'
import { TEST_EXPORT_DIR } from './paths.ts'

/** A file of the export global-setup.ts made for this run (fresh, or stamped with the current deck's hash). */
export const exported = (file: keyof typeof EXPORT_FILES) => join(TEST_EXPORT_DIR, EXPORT_FILES[file])

import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'

/** Where the suite's builds go; global-setup.ts makes them fresh on every run. */
export const TEST_BUILDS = {
  public: join(PROJECT_ROOT, '.cache/test/public'),
  speaker: join(PROJECT_ROOT, '.cache/test/speaker'),
  faulty: join(PROJECT_ROOT, '.cache/test/faulty-deck'),
}
export const FAULTY_DECK_ENTRY = join(PROJECT_ROOT, 'tests/fixtures/faulty-deck/slides.md')
export const TEST_EXPORT_DIR = join(PROJECT_ROOT, '.cache/test/exports')
/** How long global-setup.ts took to export (export.spec.ts reports it). */
export const EXPORT_STAMP = join(PROJECT_ROOT, '.cache/test/export-time.json')

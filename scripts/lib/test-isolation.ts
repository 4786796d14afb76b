/**
 * What in a unit test's source changes state that other test files would see when they share one module graph
 * (vitest.config.ts): a module mock, a stubbed global or environment variable, a listener on `process`, a write
 * to `process.env`. Returns the first one found, or '' when the file is safe to share.
 */
const SHARED_STATE: Array<[RegExp, string]> = [
  [/\bvi\.mock\(/, 'vi.mock'],
  [/\bvi\.doMock\(/, 'vi.doMock'],
  [/\bvi\.stubGlobal\(/, 'vi.stubGlobal'],
  [/\bvi\.stubEnv\(/, 'vi.stubEnv'],
  [/\bprocess\.(?:on|once|addListener)\(/, 'process.on'],
  [/\bprocess\.env\.\w+\s*=(?!=)/, 'process.env'],
]

export function needsIsolation(source: string): string {
  return SHARED_STATE.find(([pattern]) => pattern.test(source))?.[1] ?? ''
}

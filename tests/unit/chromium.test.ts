import { describe, expect, it } from 'vitest'
import { findChromium, SYSTEM_CHROMIUM_PATHS } from '../../scripts/lib/chromium.ts'
import { UserError } from '../../scripts/lib/user-error.ts'

const only = (...paths: string[]) => (path: string) => paths.includes(path)

describe('findChromium', () => {
  it.each([
    {
      name: 'CHROMIUM_PATH wins over system paths',
      env: { CHROMIUM_PATH: '/opt/c/chrome' },
      exists: only('/opt/c/chrome', '/usr/bin/chromium'),
      expected: '/opt/c/chrome',
    },
    {
      name: 'first usual system path',
      env: {},
      exists: only('/usr/bin/chromium', '/usr/bin/google-chrome'),
      expected: '/usr/bin/chromium',
    },
    {
      name: 'later system path',
      env: {},
      exists: only('/usr/bin/google-chrome'),
      expected: '/usr/bin/google-chrome',
    },
    {
      name: 'Playwright browser last',
      env: {},
      exists: only('/pw/chrome'),
      bundled: '/pw/chrome',
      expected: '/pw/chrome',
    },
  ])('$name', ({ env, exists, bundled, expected }) => {
    expect(findChromium({
      env,
      isExecutable: exists,
      playwrightBrowser: () => bundled,
    })).toBe(expected)
  })

  it('treats CHROMIUM_PATH as the only candidate: a wrong path fails even if a system Chromium exists', () => {
    const find = () => findChromium({
      env: { CHROMIUM_PATH: '/nope' },
      isExecutable: only(SYSTEM_CHROMIUM_PATHS[0]),
    })
    expect(find).toThrow(UserError)
    expect(find).toThrow('CHROMIUM_PATH is set to "/nope"')
  })

  it('says how to install one when none is found', () => {
    const find = () => findChromium({
      env: {},
      isExecutable: () => false,
      playwrightBrowser: () => undefined,
    })
    expect(find).toThrow(/apt-get install chromium.*CHROMIUM_PATH/)
  })
})

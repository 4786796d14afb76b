import type { ChildProcess } from 'node:child_process'
import type { EngineOptions, EnginePage, Key } from './engine.ts'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { freePort } from '../../scripts/lib/free-port.ts'
import { VIEWPORT } from './engine.ts'

export const WEBKIT = {
  driver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  browser: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
}

/** W3C WebDriver key codes for the keys the checks press. */
const KEYS: Record<Key, string> = {
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Tab: '\uE004',
  Escape: '\uE00C',
  q: 'q',
}

function missing(): string | undefined {
  if (!existsSync(WEBKIT.driver))
    return `WebKitWebDriver is not installed at ${WEBKIT.driver}: run \`apt-get install webkit2gtk-driver\`.`
  if (!existsSync(WEBKIT.browser))
    return `WebKitGTK's MiniBrowser is not at ${WEBKIT.browser}: run \`apt-get install webkit2gtk-driver\` (it brings libwebkit2gtk-4.1).`
  if (!process.env.DISPLAY && !existsSync(WEBKIT.xvfb))
    return 'MiniBrowser needs a display and Xvfb is not installed: run `apt-get install xvfb xauth`.'
  return undefined
}

async function startXvfb(): Promise<{ display: string, process?: ChildProcess }> {
  if (process.env.DISPLAY)
    return { display: process.env.DISPLAY }
  const number = 90 + Math.floor(Math.random() * 400)
  const xvfb = spawn(WEBKIT.xvfb, [
    `:${number}`,
    '-screen',
    '0',
    '1600x1000x24',
    '-nolisten',
    'tcp',
  ], { stdio: 'ignore' })
  await new Promise(resolve => setTimeout(resolve, 500))
  if (xvfb.exitCode !== null)
    throw new Error(`Xvfb could not start on display :${number}.`)
  return { display: `:${number}`, process: xvfb }
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (one session at a time), headed under Xvfb. */
export async function openWebKit(options: EngineOptions): Promise<EnginePage> {
  const problem = missing()
  if (problem)
    throw new Error(problem)
  const { display, process: xvfb } = await startXvfb()
  const port = await freePort()
  const driver = spawn(WEBKIT.driver, [`--port=${port}`, '--replace-on-new-session'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  })
  const base = `http://127.0.0.1:${port}`
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined
        ? undefined
        : JSON.stringify(body),
    })
    const json = await response.json() as { value: T & { error?: string, message?: string } }
    if (!response.ok)
      throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`)
    return json.value
  }
  let session = ''
  for (let attempt = 0; attempt < 50 && !session; attempt++) {
    try {
      const created = await call<{ sessionId: string }>('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': {
              binary: WEBKIT.browser,
              args: ['--automation'],
            },
          },
        },
      })
      session = created.sessionId
    }
    catch (error) {
      if (attempt === 49)
        throw error
      await new Promise(resolve => setTimeout(resolve, 200))
    }
  }
  const s = `/session/${session}`
  // MiniBrowser's window is taller than its viewport (a toolbar): size the window, then correct by what is measured.
  const want = { width: options.width ?? VIEWPORT.width, height: options.height ?? VIEWPORT.height }
  await call('POST', `${s}/window/rect`, { ...want, x: 0, y: 0 })
  const inner = await call<{ w: number, h: number }>('POST', `${s}/execute/sync`, { script: 'return { w: innerWidth, h: innerHeight }', args: [] })
  await call('POST', `${s}/window/rect`, {
    width: want.width * 2 - inner.w,
    height: want.height * 2 - inner.h,
    x: 0,
    y: 0,
  })
  const key = async (value: string) => call('POST', `${s}/actions`, {
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ],
      },
    ],
  })
  // WebKitWebDriver can answer a find with "unknown error: Could not parse element info" while the page is still
  // settling after a navigation (seen once in CI on the calculator's inputs): the find is tried again, up to three
  // times 300 ms apart, and the last error is the one reported.
  const element = async (selector: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const found = await call<Record<string, string>>('POST', `${s}/element`, { using: 'css selector', value: selector })
        return Object.values(found)[0]
      }
      catch (error) {
        if (attempt === 3 || !/unknown error/.test(String(error)))
          throw error
        await new Promise(resolve => setTimeout(resolve, 300))
      }
    }
  }
  return {
    engine: 'webkit',
    goto: async (url) => {
      await call('POST', `${s}/url`, { url })
    },
    url: async () => call<string>('GET', `${s}/url`),
    evaluate: async (fn, arg) => call('POST', `${s}/execute/sync`, {
      script: `return (${fn.toString()})(arguments[0])`,
      args: [arg],
    }),
    press: async (k) => {
      await key(KEYS[k])
    },
    click: async (selector) => {
      await call('POST', `${s}/element/${await element(selector)}/click`, {})
    },
    focus: async (selector) => {
      await call('POST', `${s}/element/${await element(selector)}/click`, {})
    },
    close: async () => {
      await call('DELETE', s).catch(() => undefined)
      driver.kill()
      xvfb?.kill()
    },
  }
}

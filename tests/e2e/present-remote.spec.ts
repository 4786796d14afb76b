/**
 * `npm run present:remote` end to end, on loopback: the real script, the real Slidev and real Chromium pages. The
 * phone is a mobile-emulated context that reaches the deck only through the gate (https://127.0.0.1:G); the laptop
 * is a context on Slidev's own http://localhost:S. Covers the review's and D-1 to D-4; the HTTP-level
 * gate checks are in tests/unit/remote-gate.test.ts, the no-outside-connection check in present-offline.spec.ts.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { RemoteRun } from '../support/present-remote.ts'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { devices, expect, test } from '@playwright/test'
import { readDeckConfig } from '../../deck.config.ts'
import { PROJECT_ROOT, readSlides, spokenNote } from '../../scripts/lib/deck-info.ts'
import { changedAndRestore, freePort, REMOTE_SCRIPT, runRemote, snapshotSources } from '../support/present-remote.ts'

test.describe.configure({ mode: 'serial' })

let run: RemoteRun
let gatePort: number
let slidesPort: number
let sources: Map<string, string>
let phone: BrowserContext
let laptop: BrowserContext
let phonePage: Page
let projector: Page
const phoneSockets: string[] = []
const phoneFrames = { count: 0 }

const { base } = readDeckConfig()
/** A page of the deck on the laptop (under the deck's base path). */
const laptopUrl = (path: string) => `http://localhost:${slidesPort}${base}${path}`
/** One of Slidev's server routes, which live at the root whatever the base. */
const serverUrl = (path: string) => `http://localhost:${slidesPort}/${path}`

async function openPhone(browser: Browser, link: string): Promise<Page> {
  const { defaultBrowserType: _type, ...pixel } = devices['Pixel 7']
  phone = await browser.newContext({ ...pixel, ignoreHTTPSErrors: true })
  const page = await phone.newPage()
  page.on('websocket', (ws) => {
    phoneSockets.push(ws.url())
    ws.on('framereceived', () => phoneFrames.count++)
  })
  await page.goto(link)
  await page.waitForURL(/\/presenter\//)
  return page
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000)
  sources = await snapshotSources()
  gatePort = await freePort()
  slidesPort = await freePort()
  run = runRemote(process.execPath, [
    REMOTE_SCRIPT,
    '--host',
    '127.0.0.1',
    '--port',
    String(gatePort),
    '--slides-port',
    String(slidesPort),
  ])
  const link = await run.nextPairingLink()
  laptop = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  projector = await laptop.newPage()
  await projector.goto(laptopUrl('1'))
  await expect(projector.locator('.slidev-page').first()).toBeVisible({ timeout: 120_000 })
  phonePage = await openPhone(browser, link)
})

test.afterAll(async () => {
  await phone?.close()
  await laptop?.close()
  const code = await run?.stop()
  expect(code, run?.output().slice(-2000)).toBe(0)
  // Nothing a test or an attack did may outlive it in the repository.
  expect(await changedAndRestore(sources)).toEqual([])
})

test('R-1: Slidev listens on loopback only, the gate only on the address chosen', () => {
  const listening = execFileSync('ss', ['-Hltn'], { encoding: 'utf8' }).split('\n').map(l => l.trim().split(/\s+/)[3]).filter(Boolean)
  const at = (port: number) => listening.filter(a => a.endsWith(`:${port}`))
  expect(at(slidesPort).length).toBeGreaterThan(0)
  for (const address of at(slidesPort))
    expect(address).toMatch(/^(?:127\.0\.0\.1|\[::1\]):\d+$/)
  expect(at(gatePort)).toEqual([`127.0.0.1:${gatePort}`])
})

test('R-5, R-6: the paired phone shows the presenter view with notes; its cookie is out of reach of scripts', async () => {
  const [first] = await readSlides()
  await expect(phonePage.locator('.slidev-note')).toContainText(spokenNote(first.note).split(/(?<=[.!?])\s/)[0], { timeout: 60_000 })
  expect(phonePage.url()).not.toContain('t=')
  expect(await phonePage.evaluate(() => document.cookie)).toBe('')
  await phonePage.screenshot({
    path: test.info().outputPath('phone-presenter.png'),
  })
})

test('R-6: navigation syncs both ways through the gate within 2 s, over the phone\'s gated socket', async () => {
  // ArrowDown: the next slide, whatever click steps the current one has.
  await phonePage.keyboard.press('ArrowDown')
  await expect(phonePage).toHaveURL(/\/presenter\/2/)
  await expect(projector).toHaveURL(/\/2(?:\?|$)/, { timeout: 2000 })
  const before = phoneFrames.count
  await projector.keyboard.press('ArrowDown')
  await expect(projector).toHaveURL(/\/3(?:\?|$)/)
  await expect(phonePage).toHaveURL(/\/presenter\/3/, { timeout: 2000 })
  expect(phoneSockets.some(url => url.startsWith(`wss://127.0.0.1:${gatePort}/`))).toBe(true)
  expect(phoneFrames.count).toBeGreaterThan(before)
})

test('R-7, R-8: through the gate, no password is published and a paired phone cannot write a slide', async () => {
  const configs = await phonePage.evaluate(async () => (await fetch('/@slidev/configs')).text())
  expect(configs).not.toMatch(/"remote"\s*:\s*"/)
  const status = await phonePage.evaluate(async () => (await fetch('/__slidev/slides/3.json', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: '# written by the phone' }),
  })).status)
  expect(status).toBe(403)
  const types = await phonePage.evaluate(async () => (await fetch('/@slidev-monaco-types/load?root=/')).status)
  expect(types).toBe(403)
})

test('D-1: a cross-site page cannot write a slide or move the projector', async ({ browser }) => {
  const evilPort = await freePort()
  const target = serverUrl('')
  const evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(`<!doctype html><title>evil</title><script>
      const send = (path, body) => fetch(${JSON.stringify(target)} + path, { method: 'POST', mode: 'no-cors', body, headers: { 'Content-Type': 'text/plain' } })
      Promise.allSettled([
        send('__slidev/slides/2.json', JSON.stringify({ content: '<script setup>globalThis.pwned = 1<\\/script>\\n# pwned' })),
        send('@server-reactive/nav', JSON.stringify({ patch: { page: 9, clicks: 0, lastUpdate: { id: 'evil', type: 'presenter', time: Date.now() } } })),
        send('@server-reactive/__proto__/polluted', JSON.stringify({ data: 'yes' })),
      ]).then(() => document.title = 'sent')
    </script>`)
  })
  await new Promise<void>(resolve => evil.listen(evilPort, '127.0.0.1', resolve))
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    const where = projector.url()
    await page.goto(`http://127.0.0.1:${evilPort}/`)
    await expect(page).toHaveTitle('sent')
    await projector.waitForTimeout(2000)
    expect(projector.url()).toBe(where)
    expect(await changedAndRestore(sources)).toEqual([])
    await context.close()
  }
  finally {
    evil.close()
  }
})

test('D-2: the dev-server guard answers every unsafe request on Slidev\'s own port', async () => {
  const probe = (path: string, headers: Record<string, string>, method = 'POST') => fetch(serverUrl(path), {
    method,
    headers,
    body: method === 'POST'
      ? '{}'
      : undefined,
  }).then(r => r.status)
  expect(await probe('__slidev/slides/2.json', { 'content-type': 'text/plain', 'origin': 'http://evil.test', 'sec-fetch-site': 'cross-site' })).toBe(403)
  expect(await probe('@server-reactive/nav', { 'content-type': 'application/json', 'origin': 'http://evil.test' })).toBe(403)
  expect(await probe('@server-reactive/nav', {
    'content-type': 'text/plain',
    'origin': serverUrl('').slice(0, -1),
  })).toBe(415)
  expect(await probe('@server-reactive/__proto__/x', { 'content-type': 'application/json' })).toBe(400)
  expect(await probe('@slidev-monaco-types/load?root=/', {}, 'GET')).toBe(404)
})

test('D-3: the deck still works: presenter → projector sync, and the notes editor\'s same-origin save', async () => {
  const presenter = await laptop.newPage()
  await presenter.goto(laptopUrl('presenter/4'))
  await expect(projector).toHaveURL(/\/4(?:\?|$)/, { timeout: 5000 })
  const slides = await readSlides()
  const status = await presenter.evaluate(async note => (await fetch('/__slidev/slides/4.json', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ note, skipHmr: true }),
  })).status, slides[3].note)
  expect(status).toBe(200)
  await changedAndRestore(sources)
  await presenter.close()
})

test('D-4: with --disable-proto=delete a __proto__ body pollutes nothing, and the server survives a slide save', async () => {
  const status = await projector.evaluate(async () => (await fetch('/@server-reactive/nav', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"source":"probe","patch":{"__proto__":{"bodyPolluted":"yes"}}}',
  })).status)
  expect(status).toBe(200)
  const probe = await (await fetch(laptopUrl('@server-reactive/bodyPolluted'))).text()
  expect(probe).toContain('reactive(undefined)')
  // A save of the first act's file (same bytes) makes Slidev reload its data: the step that crashed when polluted.
  const [file, text] = [...sources].find(([f]) => f.startsWith('pages/'))!
  await writeFile(join(PROJECT_ROOT, file), text)
  await projector.waitForTimeout(3000)
  expect((await fetch(laptopUrl(''))).status).toBe(200)
  expect(run.child.exitCode).toBeNull()
})

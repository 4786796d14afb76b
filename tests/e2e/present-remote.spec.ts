/**
 * `npm run present:remote` end to end, on loopback: the real script over the real presenting build, and real
 * Chromium pages. The phone is a mobile-emulated context that reaches the deck only through the gate
 * (https://127.0.0.1:G); the laptop is a context on the deck's own http://localhost:S. Covers R-1, R-5 to R-8, the
 * red-team report's H1 and M2 end to end (a paired phone sends the report's payloads; the laptop's files, processes
 * and talk are unchanged), and a cross-site page. HTTP-level gate checks: tests/unit/remote-gate.test.ts and
 * gate-redteam.test.ts; the no-connection check (R-9): present-offline.spec.ts.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { RemoteRun } from '../support/present-remote.ts'
import { execFileSync } from 'node:child_process'
import { createServer, get } from 'node:http'
import { devices, expect, test } from '@playwright/test'
import { readDeckConfig } from '../../deck.config.ts'
import { readSlides, routeAliases, spokenNote } from '../../scripts/lib/deck-info.ts'
import { RELAY_PATH } from '../../scripts/present/relay.ts'
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
/** What each side's sockets did, newest last (for a failed sync: was the move sent, did it arrive, did a socket drop?). */
const socketLog: string[] = []
const logSocket = (line: string) => socketLog.splice(0, Math.max(0, socketLog.push(`${new Date().toISOString().slice(17, 23)} ${line}`) - 40))

/** Logs what `page`'s WebSockets do, as `who`. */
function watchSockets(page: Page, who: string, urls?: string[]) {
  page.on('websocket', (ws) => {
    urls?.push(ws.url())
    logSocket(`${who} opened ${ws.url()}`)
    ws.on('framereceived', f => logSocket(`${who} received ${String(f.payload).slice(0, 120)}`))
    ws.on('framesent', f => logSocket(`${who} sent ${String(f.payload).slice(0, 120)}`))
    ws.on('close', () => logSocket(`${who} closed ${ws.url()}`))
  })
}

const { base } = readDeckConfig()
/** A page of the deck on the laptop (under the deck's base path). */
const laptopUrl = (path: string) => `http://localhost:${slidesPort}${base}${path}`

async function openPhone(browser: Browser, link: string): Promise<Page> {
  const { defaultBrowserType: _type, ...pixel } = devices['Pixel 7']
  phone = await browser.newContext({ ...pixel, ignoreHTTPSErrors: true })
  const page = await phone.newPage()
  watchSockets(page, 'phone', phoneSockets)
  await page.goto(link)
  await page.waitForURL(/\/presenter\//)
  return page
}

/** In a page: opens a WebSocket to `url`, sends each frame in turn, and says how the server closed it. */
function sendFrames(page: Page, url: string, frames: string[]): Promise<{ opened: boolean, code: number }> {
  return page.evaluate(({ url, frames }) => new Promise<{ opened: boolean, code: number }>((resolve) => {
    const ws = new WebSocket(url)
    let opened = false
    ws.onopen = () => {
      opened = true
      for (const f of frames)
        ws.send(f)
    }
    ws.onclose = event => resolve({ opened, code: event.code })
    setTimeout(resolve, 5000, { opened, code: -1 })
  }), { url, frames })
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
  watchSockets(projector, 'projector')
  await projector.goto(laptopUrl('1'))
  await expect(projector.locator('.slidev-page').first()).toBeVisible({ timeout: 30_000 })
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

test('R-1: the laptop\'s copy listens on loopback only, the gate only on the address chosen', () => {
  const listening = execFileSync('ss', ['-Hltn'], { encoding: 'utf8' }).split('\n').map(l => l.trim().split(/\s+/)[3]).filter(Boolean)
  const at = (port: number) => listening.filter(a => a.endsWith(`:${port}`))
  expect(at(slidesPort)).toEqual([`127.0.0.1:${slidesPort}`])
  expect(at(gatePort)).toEqual([`127.0.0.1:${gatePort}`])
})

test('R-5, R-6: the paired phone shows the presenter view with notes; its cookie is out of reach of scripts', async () => {
  const [first] = await readSlides()
  await expect(phonePage.locator('.slidev-note')).toContainText(spokenNote(first.note).split(/(?<=[.!?])\s/)[0], { timeout: 30_000 })
  expect(phonePage.url()).not.toContain('t=')
  expect(await phonePage.evaluate(() => document.cookie)).toBe('')
  await phonePage.screenshot({
    path: test.info().outputPath('phone-presenter.png'),
  })
})

test('the phone presenter fits the phone, and its pacing pauses and resumes by tap, the laptop\'s presenter with it', async () => {
  // A one-line pacing bar once widened the presenter grid to 726 px on this 412 px phone, cutting off the slide.
  const sections = await phonePage.locator('.grid-container > .grid-section').evaluateAll(nodes => nodes.map(n => ({
    name: n.className.split(' ').find((c: string) => ['main', 'note', 'next', 'bottom'].includes(c)) ?? n.className,
    right: Math.round(n.getBoundingClientRect().right),
  })))
  const width = await phonePage.evaluate(() => innerWidth)
  const over = sections.filter(s => s.right > width + 1)
  expect(over, `the phone presenter's ${over.map(s => `${s.name} section ends at ${s.right} px`).join(', ')} on a ${width} px screen: something in it will not wrap (look at the bottom bar first)`).toEqual([])
  // The laptop's presenter view, open beside the phone as on the day: one pause for both.
  const presenter = await laptop.newPage()
  watchSockets(presenter, 'laptop presenter')
  await presenter.goto(laptopUrl('presenter/1'))
  const laptopDrift = presenter.getByTestId('pacing-drift')
  await expect(laptopDrift).toBeVisible({ timeout: 30_000 })
  await expect(laptopDrift).not.toHaveText('paused')
  const pause = phonePage.getByRole('button', { name: /^Pause/ })
  const box = await pause.boundingBox()
  expect(box && Math.min(box.width, box.height), 'the phone\'s Pause button is smaller than a 44 px tap target (PacingStatus.vue, pointer: coarse)').toBeGreaterThanOrEqual(44)
  await pause.tap()
  await expect(phonePage.getByTestId('pacing-drift')).toHaveText('paused')
  await expect(laptopDrift).toHaveText('paused', { timeout: 2000 }).catch((error: Error) => {
    throw new Error(`A pause tapped on the phone did not reach the laptop's presenter within 2 s: it travels as Slidev's timer through the relay (timer-sync.ts). Both sides' sockets, newest last:\n${socketLog.join('\n')}\n${error.message}`)
  })
  await phonePage.screenshot({
    path: test.info().outputPath('phone-presenter-paused.png'),
  })
  await phonePage.getByRole('button', { name: 'Resume' }).tap()
  await expect(phonePage.getByTestId('pacing-drift')).not.toHaveText('paused')
  await expect(laptopDrift, 'the phone\'s Resume reaches the laptop too').not.toHaveText('paused', { timeout: 2000 })
  const kinds = await presenter.evaluate(() => (JSON.parse(localStorage.getItem('deck-rehearsal') ?? '{}') as { events?: Array<{ kind: string }> }).events?.map(e => e.kind))
  expect(kinds, 'the laptop\'s run records the phone\'s pause and its end').toEqual(expect.arrayContaining(['pause', 'resume']))
  await presenter.close()
  await phonePage.screenshot({
    path: test.info().outputPath('phone-presenter-pacing.png'),
  })
})

test('R-6: navigation syncs both ways within 2 s, over the phone\'s gated relay socket', async () => {
  // ArrowDown: the next slide, whatever click steps the current one has.
  await phonePage.keyboard.press('ArrowDown')
  await expect(phonePage).toHaveURL(/\/presenter\/2/)
  await expect(projector).toHaveURL(/\/2(?:\?|$)/, { timeout: 2000 })
  await projector.keyboard.press('ArrowDown')
  await expect(projector).toHaveURL(/\/3(?:\?|$)/)
  // What the phone's sockets did is read when the wait fails, not before it.
  await expect(phonePage).toHaveURL(/\/presenter\/3/, { timeout: 2000 }).catch((error: Error) => {
    const relay = run.output().split('\n').filter(line => /relay/i.test(line)).slice(-10)
    throw new Error(`The projector moved to slide 3 and the phone did not follow within 2 s. Both sides' sockets, newest last:\n${socketLog.join('\n')}\nWhat the relay said (refused frames close a socket):\n${relay.join('\n') || '(nothing)'}\n${error.message}`)
  })
  expect(phoneSockets).toContain(`wss://127.0.0.1:${gatePort}${base}${RELAY_PATH}`)
})

test('the laptop\'s presenter and projector tabs stay in sync (one browser)', async () => {
  const presenter = await laptop.newPage()
  watchSockets(presenter, 'laptop presenter')
  await presenter.goto(laptopUrl('presenter/4'))
  await expect(projector).toHaveURL(/\/4(?:\?|$)/, { timeout: 5000 })
  await expect(phonePage).toHaveURL(/\/presenter\/4/, { timeout: 5000 })
  await presenter.close()
})

test('H1, M2 end to end: the report\'s payloads from a paired phone change no file, end no process and leave the talk where it was', async () => {
  const where = projector.url()
  // H1's first step, a drawing carrying script, and the slide write it led to; M2's crashing navigation patch.
  const statuses = await phonePage.evaluate(async () => {
    const post = (path: string, body: string) => fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    }).then(r => r.status)
    return [
      await post('/@server-reactive/drawings', JSON.stringify({
        patch: { 2: '<image href=x onerror="fetch(\'/__slidev/slides/2.json\',{method:\'POST\'})">' },
      })),
      await post('/__slidev/slides/2.json', JSON.stringify({ content: '<<< @/setup/transformers.ts ts {monaco-write}' })),
      await post('/@server-reactive/nav', '{"data":[]}'),
      await post('/@server-reactive/nav', '{"patch":{"length":-1}}'),
    ]
  })
  expect(statuses).toEqual([405, 405, 405, 405])
  // H1's last step and M2's one-frame crash, on the phone's own gated socket: each closes that socket (1008), no more.
  const relay = `wss://127.0.0.1:${gatePort}${base}${RELAY_PATH}`
  for (const frame of [
    '{"type":"custom","event":"slidev:monaco-write","data":{"file":"setup/transformers.ts","content":"process.exit(7)"}}',
    '{"type":"custom","event":"slidev:monaco-write"}',
    '{"type":"nav","page":2,"clicks":0,"clicksTotal":0,"lastUpdate":{"id":"x","type":"presenter","time":1},"__proto__":{"polluted":1}}',
    `{"type":"nav","page":2,"clicks":0,"clicksTotal":0,"lastUpdate":{"id":"x","type":"presenter","time":1},"svg":"<image onerror=alert(1)>"}`,
  ]) {
    const closed = await sendFrames(phonePage, relay, [frame])
    expect(closed, frame).toEqual({ opened: true, code: 1008 })
  }
  // Upgrades anywhere else through the gate: none.
  expect(await sendFrames(phonePage, `wss://127.0.0.1:${gatePort}/?token=x`, ['{}'])).toMatchObject({ opened: false })
  await projector.waitForTimeout(1000)
  expect(projector.url()).toBe(where)
  expect(run.child.exitCode).toBeNull()
  expect(await changedAndRestore(sources)).toEqual([])
  expect(run.output()).toContain('Relay: refused a frame')
  // And the talk goes on: the phone still moves the projector.
  await phonePage.keyboard.press('ArrowDown')
  const alias = Object.entries(routeAliases(await readSlides())).find(([, no]) => no === 5)?.[0] ?? '5'
  await expect(projector).toHaveURL(new RegExp(`/(?:5|${alias})(?:\\?|$)`), { timeout: 2000 })
})

test('D-1: a cross-site page cannot move the projector, write a file or join the relay', async ({ browser }) => {
  const evilPort = await freePort()
  const target = laptopUrl('')
  const relay = target.replace(/^http/, 'ws') + RELAY_PATH
  const evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(`<!doctype html><title>evil</title><script>
      const send = (path, body) => fetch(${JSON.stringify(target)} + path, { method: 'POST', mode: 'no-cors', body, headers: { 'Content-Type': 'text/plain' } })
      const ws = new WebSocket(${JSON.stringify(relay)})
      ws.onopen = () => ws.send(JSON.stringify({ type: 'nav', page: 9, clicks: 0, clicksTotal: 0, lastUpdate: { id: 'evil', type: 'presenter', time: Date.now() } }))
      Promise.allSettled([
        send('__slidev/slides/2.json', JSON.stringify({ content: '# pwned' })),
        send('@server-reactive/nav', JSON.stringify({ patch: { page: 9 } })),
        new Promise(resolve => { ws.onclose = resolve; ws.onerror = resolve; setTimeout(resolve, 3000) }),
      ]).then(() => document.title = 'sent')
    </script>`)
  })
  await new Promise<void>(resolve => evil.listen(evilPort, '127.0.0.1', resolve))
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    const where = projector.url()
    await page.goto(`http://127.0.0.1:${evilPort}/`)
    await expect(page).toHaveTitle('sent', { timeout: 10_000 })
    await projector.waitForTimeout(1500)
    expect(projector.url()).toBe(where)
    expect(await changedAndRestore(sources)).toEqual([])
    await context.close()
  }
  finally {
    evil.close()
  }
})

test('I3: the laptop\'s copy answers only its own loopback names (DNS rebinding)', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    get(laptopUrl(''), {
      headers: { host: `attacker.test:${slidesPort}` },
    }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    }).on('error', reject)
  })
  expect(status).toBe(421)
})

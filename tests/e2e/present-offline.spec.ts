/**
 * `npm run present:remote` makes no connection outside loopback, from start to a paired phone's presenter view;
 * in fact it dials no address at all (I2: nothing behind the gate to forward to, no header to pass on).
 * The whole process tree runs under strace (connect, sendto, sendmsg, sendmmsg); as root it also runs in a network
 * namespace of its own with only loopback up, so even an attempt could not leave the machine. The phone is a headless
 * Chromium in the same namespace (it is not traced: only the speaker's laptop processes are).
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { findChromium } from '../../scripts/lib/chromium.ts'
import { REMOTE_SCRIPT, runRemote } from '../support/present-remote.ts'
import { connectionAttempts, outsideConnections } from '../support/strace-log.ts'

const TRACED = 'connect,sendto,sendmsg,sendmmsg,accept,accept4'

function canUseNetworkNamespace(): boolean {
  try {
    execFileSync('unshare', ['-n', 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'ignore' })
    return true
  }
  catch {
    return false
  }
}

test('R-9: present:remote connects to nothing outside loopback', async () => {
  test.setTimeout(300_000)
  const straceMissing = (() => {
    try {
      execFileSync('strace', ['-V'], { stdio: 'ignore' })
      return false
    }
    catch {
      return true
    }
  })()
  expect(straceMissing, 'this test needs strace: sudo apt-get install strace (.ci/run installs it)').toBe(false)

  const dir = await mkdtemp(join(tmpdir(), 'deck-r9-'))
  const log = join(dir, 'strace.log')
  const script = [
    REMOTE_SCRIPT,
    '--host',
    '127.0.0.1',
    '--port',
    '3443',
    '--slides-port',
    '3030',
  ]
  const strace = [
    'strace',
    '-f',
    '-qq',
    '-o',
    log,
    '-e',
    `trace=${TRACED}`,
    process.execPath,
    ...script,
  ]
  const isolated = canUseNetworkNamespace()
  const run = isolated
    ? runRemote('unshare', [
        '-n',
        'sh',
        '-c',
        'ip link set lo up && exec "$@"',
        'sh',
        ...strace,
      ], { group: true })
    : runRemote(strace[0], strace.slice(1), { group: true })
  let dom = ''
  try {
    const link = await run.nextPairingLink()
    const inNet = isolated
      ? ['nsenter', `--net=/proc/${run.child.pid}/ns/net`]
      : []
    const phone = [
      ...inNet,
      findChromium(),
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--ignore-certificate-errors',
      `--user-data-dir=${join(dir, 'phone')}`,
      '--virtual-time-budget=20000',
      '--dump-dom',
      link,
    ]
    try {
      dom = execFileSync(phone[0], phone.slice(1), {
        encoding: 'utf8',
        timeout: 90_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      })
    }
    catch (error) {
      dom = `phone failed: ${(error as Error).message}`
    }
  }
  finally {
    expect(await run.stop(), run.output().slice(-2000)).not.toBeNull()
  }
  // The trace first: whatever the phone saw, nothing may have left loopback.
  const trace = await readFile(log, 'utf8')
  await rm(dir, { recursive: true, force: true })
  test.info().annotations.push({ type: 'R-9', description: `${connectionAttempts(trace)} connection attempts traced, network namespace: ${isolated}` })
  expect(outsideConnections(trace)).toEqual([])
  expect(connectionAttempts(trace), 'present:remote dialled an address: it should serve and relay, and forward nothing').toBe(0)
  expect(trace, 'the trace saw no connection accepted: was it tracing at all?').toMatch(/accept4?\(/)
  // And the phone got through the gate to the presenter view with its notes (not the gate's "private" page).
  expect(dom).toContain('slidev-note')
})

/**
 * `npm run present:remote -- --host <LAN address>`: the phone remote, done safely. Slidev runs on localhost only
 * (no --remote), guarded and with prototypes out of reach; the remote gate (gate.ts) is the one socket on the LAN,
 * over TLS with a certificate made for this run. Pair the phone by scanning the QR code; Enter prints a new
 * single-use link for another device. Ctrl-C stops both.
 *
 *   --host ADDRESS      the address the phone uses (required; see the list the script prints)
 *   --port N            the gate's port (default 3443)
 *   --slides-port N     Slidev's loopback port (default 3030): the projector and presenter on this laptop
 *   GATE_PASSWORD=...   optional password (12+ characters) for a device without a camera
 */
import { networkInterfaces } from 'node:os'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import QRCode from 'qrcode'
import { readDeckConfig } from '../../deck.config.ts'
import { PROJECT_ROOT } from '../lib/deck-info.ts'
import { spawnSlidev } from '../lib/slidev.ts'
import { runMain, UserError } from '../lib/user-error.ts'
import { makeRunCertificate } from './certificate.ts'
import { SERVE_NODE_FLAGS } from './dev-args.ts'
import { chooseGateHost, localAddresses } from './gate-host.ts'
import { PAIRING_TTL_MS, startGate } from './gate.ts'

const MIN_PASSWORD = 12
const SLIDEV_START_TIMEOUT_MS = 180_000

function portArg(raw: string | undefined, fallback: number, flag: string): number {
  if (raw === undefined)
    return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UserError(`${flag} must be a port number between 1 and 65535, not "${raw}".`)
  return port
}

/** Waits until Slidev answers on loopback, or fails when it exits first. */
async function waitForSlidev(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + SLIDEV_START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (exited())
      throw new UserError('Slidev stopped before it was ready; the messages above say why (is the slides port already in use?).')
    try {
      const res = await fetch(url, {
        signal: AbortSignal.timeout(2000),
      })
      if (res.ok)
        return
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  throw new UserError(`Slidev did not answer on ${url} within ${SLIDEV_START_TIMEOUT_MS / 1000} s; stop other dev servers and try again.`)
}

async function printPairing(link: string): Promise<void> {
  const qr = await QRCode.toString(link, { type: 'terminal', small: true, errorCorrectionLevel: 'M' })
  console.log(`\n${qr}\nPairing link (single use, valid ${PAIRING_TTL_MS / 60_000} minutes): ${link}\n`)
}

await runMain(async () => {
  const { values } = parseArgs({
    options: {
      'host': { type: 'string' },
      'port': { type: 'string' },
      'slides-port': { type: 'string' },
    },
    strict: true,
  })
  const host = chooseGateHost(values.host, localAddresses(networkInterfaces()))
  const gatePort = portArg(values.port, 3443, '--port')
  const slidesPort = portArg(values['slides-port'], 3030, '--slides-port')
  const password = process.env.GATE_PASSWORD || undefined
  if (password !== undefined && password.length < MIN_PASSWORD)
    throw new UserError(`GATE_PASSWORD must be at least ${MIN_PASSWORD} characters long; choose a longer one or unset it and pair by QR code.`)

  const { base } = readDeckConfig()
  const slidev = spawnSlidev([
    'slides.md',
    '--base',
    base,
    '--port',
    String(slidesPort),
  ], 'The dev server', {
    cwd: PROJECT_ROOT,
    nodeFlags: SERVE_NODE_FLAGS,
    stdin: 'ignore',
  })
  let slidevExited = false
  const slidevDone = slidev.done.finally(() => (slidevExited = true))
  slidevDone.catch(() => {})
  const stopSlidev = () => {
    if (!slidevExited)
      slidev.child.kill('SIGTERM')
  }
  process.once('exit', stopSlidev)

  const upstream = `http://localhost:${slidesPort}`
  await waitForSlidev(`${upstream}${base}`, () => slidevExited).catch((error) => {
    stopSlidev()
    throw error
  })
  const certificate = await makeRunCertificate(host)
  const gate = await startGate({
    upstream,
    host,
    port: gatePort,
    tls: certificate,
    base,
    password,
  }).catch((error: NodeJS.ErrnoException) => {
    stopSlidev()
    throw new UserError(`The remote gate could not listen on ${host}:${gatePort} (${error.code ?? error.message}); choose another --port.`)
  })

  console.log(`
Projector on this laptop:   ${upstream}${base}
Presenter on this laptop:   ${upstream}${base}presenter/
Phone remote (gate):        ${gate.origin}${base}
Certificate SHA-256:        ${certificate.fingerprint256}
  The phone will warn about this certificate once: open its details and check that the fingerprint matches.
  A paired phone sees the notes and can move and draw on the slides; pair only your own device.${password
    ? '\n  Devices without a camera: open the gate and enter GATE_PASSWORD.'
    : ''}`)
  await printPairing(gate.pairingLink())
  console.log('Enter: a new pairing link for another device.   Ctrl-C: stop the gate and the slides.')

  const input = createInterface({ input: process.stdin })
  input.on('line', () => void printPairing(gate.pairingLink()))

  const stop = async (code: number) => {
    input.close()
    await gate.close()
    stopSlidev()
    process.exit(code)
  }
  process.once('SIGINT', () => void stop(0))
  process.once('SIGTERM', () => void stop(0))
  await slidevDone.then(() => stop(0), async (error) => {
    input.close()
    await gate.close()
    throw error
  })
})

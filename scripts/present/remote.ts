/**
 * `npm run present:remote -- --host <LAN address>`: `npm run present`, plus the phone as a remote. The laptop has
 * the deck on localhost (projector and presenter); the remote gate (gate.ts) is the one socket on the LAN, over TLS
 * with a certificate made for this run. A paired phone gets the same read-only build (presenter view with notes)
 * and the presenting relay, which moves the talk and nothing else. Pair by scanning the QR code; Enter prints a new
 * single-use link for another device. Ctrl-C stops it all.
 *
 *   --host ADDRESS      the address the phone uses (required; see the list the script prints)
 *   --port N            the gate's port (default 3443)
 *   --slides-port N     the laptop's port on localhost (default 3030): projector and presenter
 *   GATE_PASSWORD=...   optional password (12+ characters) for a device without a camera
 */
import { networkInterfaces } from 'node:os'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import QRCode from 'qrcode'
import { runMain, UserError } from '../lib/user-error.ts'
import { makeRunCertificate } from './certificate.ts'
import { chooseGateHost, localAddresses } from './gate-host.ts'
import { PAIRING_TTL_MS, startGate } from './gate.ts'
import { portArg, startPresenting, stopOnSignal, takeSecret } from './session.ts'

const MIN_PASSWORD = 12

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
  const password = takeSecret(process.env, 'GATE_PASSWORD')
  const host = chooseGateHost(values.host, localAddresses(networkInterfaces()))
  const gatePort = portArg(values.port, 3443, '--port')
  const slidesPort = portArg(values['slides-port'], 3030, '--slides-port')
  if (password !== undefined && password.length < MIN_PASSWORD)
    throw new UserError(`GATE_PASSWORD must be at least ${MIN_PASSWORD} characters long; choose a longer one or unset it and pair by QR code.`)

  const session = await startPresenting(slidesPort)
  const certificate = await makeRunCertificate(host)
  const gate = await startGate({
    site: session.site,
    relay: session.relay,
    host,
    port: gatePort,
    tls: certificate,
    base: session.base,
    password,
  }).catch(async (error: NodeJS.ErrnoException) => {
    await session.close()
    throw new UserError(`The remote gate could not listen on ${host}:${gatePort} (${error.code ?? error.message}); choose another --port.`)
  })

  console.log(`
Projector on this laptop:   ${session.laptop.url}
Presenter on this laptop:   ${session.laptop.url}presenter/
Phone remote (gate):        ${gate.origin}${session.base}
Certificate SHA-256:        ${certificate.fingerprint256}
  The phone will warn about this certificate once: open its details and check that the fingerprint matches.
  A paired phone sees the notes and moves the slides; it can change nothing else. Pair only your own device.${password
    ? '\n  Devices without a camera: open the gate and enter GATE_PASSWORD.'
    : ''}`)
  await printPairing(gate.pairingLink())
  console.log('Enter: a new pairing link for another device.   Ctrl-C: stop.')

  const input = createInterface({ input: process.stdin })
  input.on('line', () => void printPairing(gate.pairingLink()))
  await stopOnSignal(async () => {
    input.close()
    await gate.close()
    await session.close()
  })
})

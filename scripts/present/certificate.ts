/**
 * A TLS certificate made for one run of the remote gate: EC P-256, valid 7 days, for exactly the address the gate
 * listens on. The speaker checks its SHA-256 fingerprint on the phone once; the key never touches the disk.
 */
import { X509Certificate } from 'node:crypto'
import { isIP } from 'node:net'
import { generate } from 'selfsigned'

export interface RunCertificate {
  key: string
  cert: string
  /** SHA-256 fingerprint as browsers show it, colon-separated hex. */
  fingerprint256: string
}

const VALID_DAYS = 7

export async function makeRunCertificate(host: string): Promise<RunCertificate> {
  const now = Date.now()
  const altName = isIP(host)
    ? { type: 7 as const, ip: host }
    : { type: 2 as const, value: host }
  const pems = await generate([
    { name: 'commonName', value: `Deck remote ${host}` },
  ], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + VALID_DAYS * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [altName],
      },
    ],
  })
  return {
    key: pems.private,
    cert: pems.cert,
    fingerprint256: new X509Certificate(pems.cert).fingerprint256,
  }
}

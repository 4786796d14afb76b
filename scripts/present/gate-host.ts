/**
 * Where the remote gate listens: one address of this laptop that the speaker names. Never every interface: a
 * wildcard would also expose the gate on VPNs and container bridges, so it is refused.
 */
import type { NetworkInterfaceInfo } from 'node:os'
import { isIP } from 'node:net'
import { UserError } from '../lib/user-error.ts'

export interface LocalAddress {
  name: string
  address: string
  internal: boolean
}

/** This machine's addresses, from os.networkInterfaces(), link-local IPv6 left out (browsers cannot use them bare). */
export function localAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): LocalAddress[] {
  return Object.entries(interfaces).flatMap(([name, infos]) => (infos ?? [])
    .filter(info => !(info.family === 'IPv6' && info.address.toLowerCase().startsWith('fe80:')))
    .map(info => ({ name, address: info.address, internal: info.internal })))
}

function suggestions(addresses: LocalAddress[]): string {
  const lan = addresses.filter(a => !a.internal)
  return lan.length
    ? `this laptop's network addresses: ${lan.map(a => `${a.address} (${a.name})`).join(', ')}`
    : 'this laptop has no network address right now; join the network (or your phone\'s hotspot) first'
}

/** The address to listen on, or a UserError that says which addresses there are. */
export function chooseGateHost(requested: string | undefined, addresses: LocalAddress[]): string {
  const host = requested?.trim()
  if (!host)
    throw new UserError(`Name the address your phone will reach this laptop on: npm run present:remote -- --host <address> (${suggestions(addresses)}).`)
  if (!isIP(host))
    throw new UserError(`--host must be an IP address of this laptop, not "${host}" (${suggestions(addresses)}).`)
  if (host === '0.0.0.0' || host === '::')
    throw new UserError(`--host ${host} would listen on every interface; name the one address your phone uses (${suggestions(addresses)}).`)
  if (!addresses.some(a => a.address.toLowerCase() === host.toLowerCase()))
    throw new UserError(`${host} is not an address of this laptop (${suggestions(addresses)}).`)
  return host
}

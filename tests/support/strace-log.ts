/**
 * Reads `strace -f -e trace=connect,sendto,sendmsg,sendmmsg` output and lists every IP address a traced process
 * tried to reach outside loopback. Unix sockets and netlink are local by nature and are not listed.
 */
import { isIP } from 'node:net'

const ADDRESS = /inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6,\s*"([^"]+)"/g

export function isLoopback(address: string): boolean {
  const lower = address.toLowerCase()
  if (isIP(lower) === 4)
    return lower.startsWith('127.')
  return lower === '::1' || /^::ffff:127\./.test(lower)
}

/** Each non-loopback address with the first line that tried it. */
export function outsideConnections(log: string): Array<{ address: string, line: string }> {
  const found = new Map<string, string>()
  for (const line of log.split('\n')) {
    for (const match of line.matchAll(ADDRESS)) {
      const address = match[1] ?? match[2]
      if (!isLoopback(address) && !found.has(address))
        found.set(address, line.trim())
    }
  }
  return [...found].map(([address, line]) => ({ address, line }))
}

/** How many connection attempts the log holds at all (a trace that saw nothing proves nothing). */
export function connectionAttempts(log: string): number {
  return [
    ...log.matchAll(ADDRESS),
  ].length
}

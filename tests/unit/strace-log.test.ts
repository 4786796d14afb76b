import { describe, expect, it } from 'vitest'
import { connectionAttempts, isLoopback, outsideConnections } from '../support/strace-log.ts'

describe('outsideConnections (R-9: present:remote makes no connection outside loopback)', () => {
  const loopbackOnly = [
    '4513  connect(21, {sa_family=AF_INET, sin_port=htons(3311), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
    '4513  connect(22, {sa_family=AF_INET6, sin6_port=htons(3311), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
    '4522  connect(23, {sa_family=AF_UNIX, sun_path="/tmp/x.sock"}, 110) = 0',
    '4522  sendto(9, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.53")}, 16) = 1',
  ].join('\n')

  it('passes a loopback-only trace, and counts what it saw', () => {
    expect(outsideConnections(loopbackOnly)).toEqual([])
    expect(connectionAttempts(loopbackOnly)).toBe(3)
  })

  it.each([
    ['a DNS query to OpenDNS (what --remote does)', '11672 sendmsg(23, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("208.67.222.222")}, msg_namelen=16}, 0) = -1 ENETUNREACH', '208.67.222.222'],
    ['an HTTPS fetch over IPv6', '11672 connect(27, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2606:4700::6810:84e5", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH', '2606:4700::6810:84e5'],
    ['a LAN address', '1 connect(5, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.168.1.1")}, 16) = -1', '192.168.1.1'],
    ['the wildcard address', '1 connect(5, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("0.0.0.0")}, 16) = 0', '0.0.0.0'],
  ])('rejects %s', (_name, line, address) => {
    expect(outsideConnections(`${loopbackOnly}\n${line}`).map(c => c.address)).toEqual([address])
  })

  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['128.0.0.1', false],
    ['::2', false],
  ])('isLoopback(%s) = %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected)
  })
})

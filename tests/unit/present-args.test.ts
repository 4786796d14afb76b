import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/deck-info.ts'
import { UserError } from '../../scripts/lib/user-error.ts'
import { networkFlag, refuseNetworkFlags } from '../../scripts/present/dev-args.ts'
import { chooseGateHost, localAddresses } from '../../scripts/present/gate-host.ts'
import { takeSecret } from '../../scripts/present/session.ts'

describe('npm run dev refuses the network flags', () => {
  it.each([
    [
      ['--remote', 's3cret'],
      '--remote',
    ],
    [
      ['--remote=s3cret'],
      '--remote',
    ],
    [
      ['--port', '3031', '--tunnel'],
      '--tunnel',
    ],
    [
      ['--bind', '0.0.0.0'],
      '--bind',
    ],
    [
      ['--bind=127.0.0.1'],
      '--bind',
    ],
    [
      ['--port', '3031'],
      undefined,
    ],
    [
      ['--open'],
      undefined,
    ],
  ])('%j → %s', (args, flag) => {
    expect(networkFlag(args)).toBe(flag)
  })

  it('names present:remote in one sentence', () => {
    expect(() => refuseNetworkFlags(['--remote', 'x'])).toThrow(/npm run present:remote/)
    expect(() => refuseNetworkFlags(['--remote', 'x'])).toThrow(UserError)
  })
})

describe('the gate listens on one address the speaker names', () => {
  const addresses = localAddresses({
    lo: [
      {
        address: '127.0.0.1',
        family: 'IPv4',
        internal: true,
        netmask: '255.0.0.0',
        mac: '',
        cidr: null,
      },
    ],
    wlan0: [
      {
        address: '192.168.1.23',
        family: 'IPv4',
        internal: false,
        netmask: '255.255.255.0',
        mac: '',
        cidr: null,
      },
      {
        address: 'fe80::1',
        family: 'IPv6',
        internal: false,
        netmask: 'ffff::',
        mac: '',
        cidr: null,
        scopeid: 2,
      },
    ],
  })

  it('leaves out link-local IPv6', () => {
    expect(addresses.map(a => a.address)).toEqual(['127.0.0.1', '192.168.1.23'])
  })

  it.each([
    [undefined, /--host <address>.*192\.168\.1\.23 \(wlan0\)/],
    ['', /--host <address>/],
    ['0.0.0.0', /every interface/],
    ['::', /every interface/],
    ['laptop.local', /must be an IP address/],
    ['10.0.0.9', /not an address of this laptop/],
  ])('refuses %s', (requested, message) => {
    expect(() => chooseGateHost(requested, addresses)).toThrow(message)
  })

  it.each(['192.168.1.23', '127.0.0.1'])('accepts %s', (host) => {
    expect(chooseGateHost(host, addresses)).toBe(host)
  })

  it('says how to get an address when there is none', () => {
    expect(() => chooseGateHost(undefined, addresses.filter(a => a.internal))).toThrow(/hotspot/)
  })
})

describe('r-10: npm run dev exits with one sentence for each network flag', () => {
  it.each([
    [
      ['--remote', 'x'],
    ],
    [
      ['--tunnel'],
    ],
    [
      ['--bind', '0.0.0.0'],
    ],
  ])('node scripts/dev.ts %j', (args) => {
    const result = spawnSync(process.execPath, [
      join(PROJECT_ROOT, 'scripts/dev.ts'),
      ...args,
    ], { encoding: 'utf8', timeout: 30_000 })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^✖ --\w+ is refused because .*npm run present:remote -- --host <this laptop's LAN address>\.$/)
  })
})

describe('i4: the gate password never reaches a child process', () => {
  it('takeSecret reads GATE_PASSWORD and removes it from the environment the build\'s Slidev would inherit', () => {
    const env: NodeJS.ProcessEnv = { GATE_PASSWORD: 'correct-horse-battery', PATH: '/bin' }
    expect(takeSecret(env, 'GATE_PASSWORD')).toBe('correct-horse-battery')
    expect(env).toEqual({ PATH: '/bin' })
    expect(takeSecret(env, 'GATE_PASSWORD')).toBeUndefined()
  })
})

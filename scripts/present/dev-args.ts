/**
 * Flags that would put Slidev's dev server on the network without access control. `--remote` only guards the
 * browser's router (the server hands the password to every client), `--tunnel` publishes the server on the internet
 * and `--bind` chooses the interfaces: the phone remote goes through `npm run present:remote` instead.
 */
import { UserError } from '../lib/user-error.ts'

const NETWORK_FLAGS = ['--remote', '--tunnel', '--bind']

/**
 * The network flag an argument spells, in any form Slidev's yargs accepts or might: `--remote`, `--remote=x`,
 * `--remote.x` (dot notation: remote={x}), `--no-remote` (remote=false, which still binds every interface),
 * `--remote-…`, any case, any number of dashes. The name is the argument up to `=`, dashes and `no-` stripped.
 */
function flagOf(arg: string): string | undefined {
  if (!arg.startsWith('-'))
    return undefined
  const name = arg.split('=', 1)[0].replace(/^-+/, '').toLowerCase().replace(/^no-?/, '')
  return NETWORK_FLAGS.find((flag) => {
    const bare = flag.slice(2)
    return name === bare || (name.startsWith(bare) && /^[.\-_]/.test(name.slice(bare.length)))
  })
}

/** The first network flag among the arguments (`--remote`, `--remote.x`, `--bind 0.0.0.0`, …), if any. */
export function networkFlag(args: readonly string[]): string | undefined {
  for (const arg of args) {
    const flag = flagOf(arg)
    if (flag)
      return flag
  }
  return undefined
}

export function refuseNetworkFlags(args: readonly string[]): void {
  const flag = networkFlag(args)
  if (flag)
    throw new UserError(`${flag} is refused because it exposes the dev server without access control: for a phone remote, run npm run present:remote -- --host <this laptop's LAN address>.`)
}

/** Node flags for the Slidev process while it serves: prototypes cannot be reached through `__proto__`. */
export const SERVE_NODE_FLAGS = ['--disable-proto=delete']

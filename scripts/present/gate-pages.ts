/** The few pages the remote gate answers itself: small, static, no script, readable on a phone. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title>${head}
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1.25rem}
input,button{font:inherit;padding:.5rem .75rem}input{width:100%;box-sizing:border-box;margin:.5rem 0 1rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>
`
}

export function lockedPage(passwordForm: boolean): string {
  return page('This remote is private', `<p>Only the speaker's paired phone can open this deck. Scan the pairing code
shown in the speaker's terminal${passwordForm
  ? ', or <a href="/__gate/login">enter the remote password</a>'
  : ''}.</p>`)
}

export function pairingFailedPage(): string {
  return page('Pairing link not valid', `<p>This pairing link is used, expired or wrong. Press Enter in the speaker's
terminal for a new one, then scan it.</p>`)
}

export function tooManyAttemptsPage(retryAfterSeconds: number): string {
  return page('Too many attempts', `<p>This device is locked out for ${Math.ceil(retryAfterSeconds / 60)} minutes
after repeated wrong pairing codes or passwords.</p>`)
}

/** Same-origin meta refresh: the token leaves the address bar, and the next request is same-site for the cookie. */
export function pairedPage(target: string): string {
  const href = escapeHtml(target)
  return page('Paired', `<p>This phone can now drive the talk. <a href="${href}">Open the presenter view</a>.</p>`, `<meta http-equiv="refresh" content="0;url=${href}">`)
}

export function loginPage(error?: string): string {
  return page('Remote password', `${error
    ? `<p role="alert"><strong>${escapeHtml(error)}</strong></p>`
    : ''}<form method="post" action="/__gate/login">
<label for="password">The password printed in the speaker's terminal</label>
<input id="password" name="password" type="password" autocomplete="off" required minlength="12">
<button type="submit">Pair this device</button></form>`)
}

export function plainPage(title: string, message: string): string {
  return page(title, `<p>${escapeHtml(message)}</p>`)
}

import { describe, expect, it } from 'vitest'
import { withRevision } from '../../scripts/site/service-worker.ts'
import { chooserScript, chooseView, slideOfPath, withChooser } from '../../scripts/site/view-chooser.ts'

const base = '/deck/'
const aliases = { 'act-rise': 5 }
const phone = {
  search: '',
  narrowPortrait: true,
  inIframe: false,
  stored: null,
}

describe('chooseView: phones get the reader, everything else stays', () => {
  it.each([
    [
      '/deck/7',
      {},
      '/deck/read/#slide-7',
      undefined,
    ],
    [
      '/deck/',
      {},
      '/deck/read/#slide-1',
      undefined,
    ],
    [
      '/deck/act-rise',
      {},
      '/deck/read/#slide-5',
      undefined,
    ],
    [
      '/deck/7.html',
      {},
      '/deck/read/#slide-7',
      undefined,
    ],
    [
      '/deck/7',
      { search: '?view=slides' },
      null,
      'slides',
    ],
    [
      '/deck/7',
      { stored: 'slides' },
      null,
      undefined,
    ],
    [
      '/deck/7',
      { stored: 'slides', search: '?view=reader' },
      '/deck/read/#slide-7',
      null,
    ],
    [
      '/deck/7',
      { narrowPortrait: false },
      null,
      undefined,
    ],
    [
      '/deck/7',
      { inIframe: true },
      null,
      undefined,
    ],
    [
      '/deck/7',
      { search: '?clicks=2' },
      null,
      undefined,
    ],
    [
      '/deck/7',
      { search: '?embedded=true' },
      null,
      undefined,
    ],
    [
      '/deck/presenter/7',
      {},
      null,
      undefined,
    ],
    ['/deck/print', {}, null, undefined],
    ['/deck/export', {}, null, undefined],
    ['/deck/read/', {}, null, undefined],
    ['/other/7', {}, null, undefined],
  ] as const)('%s %j → %s', (pathname, over, to, store) => {
    const result = chooseView({
      ...phone,
      ...over,
      pathname,
    }, base, aliases, slideOfPath)
    expect(result.to).toBe(to)
    expect(result.store).toBe(store)
  })
})

describe('the inline script', () => {
  it('carries the rule itself, and goes right after the viewport meta', () => {
    const script = chooserScript(base, aliases)
    expect(script).toContain('function chooseView')
    expect(script).toContain('function slideOfPath')
    expect(script).not.toMatch(/: (?:string|number|boolean)\b/)
    const html = withChooser('<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>x</title></head>', '<script>S</script>')
    expect(html).toBe('<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script>S</script><title>x</title></head>')
  })
  it('sets a new revision for a precached page only', () => {
    const sw = 'precacheAndRoute([{url:"index.html",revision:"1"},{url:"404.html",revision:"2"}])'
    expect(withRevision(sw, '404.html', 'new')).toBe('precacheAndRoute([{url:"index.html",revision:"1"},{url:"404.html",revision:"new"}])')
    expect(withRevision(sw, 'read/index.html', 'x')).toBe(sw)
  })
})

import { describe, expect, it } from 'vitest'
import { speakerRoutesPattern, withBaseAwareDenylist } from '../../scripts/site/service-worker.ts'

const SLIDEV_SW = 'e.registerRoute(new e.NavigationRoute(e.createHandlerBoundToURL("index.html"),{denylist:[/^\\/(presenter|notes|overview|print|export)/]}))'

function denylistOf(sw: string): RegExp {
  const literal = /denylist:\[\/(.+)\/\]/.exec(sw)![1]
  return new RegExp(literal)
}

describe('the service worker\'s speaker-route denylist honours the base path', () => {
  it.each([
    ['/', '/presenter/2', true],
    ['/', '/notes', true],
    ['/', '/5', false],
    ['/', '/presenters-guide', false],
    ['/deck-under-test/', '/deck-under-test/presenter/2', true],
    ['/deck-under-test/', '/deck-under-test/overview?x=1', true],
    ['/deck-under-test/', '/deck-under-test/export/', true],
    ['/deck-under-test/', '/deck-under-test/12', false],
    ['/deck-under-test/', '/presenter/2', false],
    ['/a.b/', '/axb/presenter', false],
  ])('base %s: %s denied = %s', (base, path, denied) => {
    expect(denylistOf(withBaseAwareDenylist(SLIDEV_SW, base)).test(path)).toBe(denied)
  })

  it('the denylist as Slidev writes it never matched under a base (the bug this fixes)', () => {
    expect(denylistOf(SLIDEV_SW).test('/deck-under-test/presenter/2')).toBe(false)
  })

  it('refuses a service worker without exactly one Slidev denylist', () => {
    expect(() => withBaseAwareDenylist('self.skipWaiting()', '/')).toThrow(/update scripts\/site\/service-worker\.ts/)
    expect(() => withBaseAwareDenylist(SLIDEV_SW + SLIDEV_SW, '/')).toThrow(/2 copies/)
  })

  it('writes a literal that is a valid regular expression', () => {
    expect(speakerRoutesPattern('/deck/')).toBe('/^\\/deck\\/(presenter|notes|overview|print|export)(?:\\/|$|\\?)/')
  })
})

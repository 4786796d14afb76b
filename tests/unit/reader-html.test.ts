import { describe, expect, it } from 'vitest'
import { readerHtml, rewriteSlideLinks } from '../../scripts/site/reader-html.ts'
import { withPrecacheEntry } from '../../scripts/site/service-worker.ts'

describe('rewriteSlideLinks', () => {
  const aliases = { 'act-rise': 5 }
  it.each([
    ['<a href="/deck/act-rise">', '<a href="#slide-5">'],
    ['<a href="/deck/12?clicks=2">', '<a href="#slide-12">'],
    ['<a href="/deck/3/">', '<a href="#slide-3">'],
    ['<a href="https://arxiv.org/abs/1">', '<a href="https://arxiv.org/abs/1">'],
    ['<a href="/deck/downloads/x.pdf">', '<a href="/deck/downloads/x.pdf">'],
    ['<a href="/other/5">', '<a href="/other/5">'],
  ])('%s → %s', (html, out) => {
    expect(rewriteSlideLinks(html, '/deck/', aliases)).toBe(out)
  })
})

describe('withPrecacheEntry', () => {
  it('adds one entry at the head of the precache list', () => {
    expect(withPrecacheEntry('a;precacheAndRoute([{url:"index.html",revision:"1"}],{})', 'read/index.html', 'abc'))
      .toBe('a;precacheAndRoute([{url:"read/index.html",revision:"abc"},{url:"index.html",revision:"1"}],{})')
  })
  it('leaves a worker without a precache list alone, and refuses two lists', () => {
    expect(withPrecacheEntry('self.skipWaiting()', 'read/index.html', 'abc')).toBe('self.skipWaiting()')
    expect(() => withPrecacheEntry('precacheAndRoute([]);precacheAndRoute([])', 'r', 'x')).toThrow(/more than one precache list/)
  })
})

describe('readerHtml', () => {
  const html = readerHtml({
    title: 'Deck <1>',
    lang: 'en',
    asOf: '1 Dec 2026',
    stylesheets: ['assets/a.css'],
    styles: [],
    aliases: {},
    base: '/deck/',
  }, [
    {
      no: 1,
      title: 'One',
      act: 'Cold open',
      html: '<div class="slidev-layout"><h1>One</h1></div>',
      notes: ['Hello.'],
      interactive: false,
    },
    {
      no: 2,
      title: 'Two',
      act: 'Act 1: Rise',
      html: '<div><a href="/deck/1">back</a></div>',
      notes: [],
      interactive: true,
    },
  ])
  it('has one article per slide with its anchor, notes after the slide, and escaped text', () => {
    expect(html.match(/<article id="slide-\d+"/g)).toEqual(['<article id="slide-1"', '<article id="slide-2"'])
    expect(html).toContain('<h1>Deck &lt;1&gt;</h1>')
    expect(html.indexOf('Hello.')).toBeGreaterThan(html.indexOf('<h1>One</h1>'))
    expect(html).toContain('href="#slide-1">back')
    expect(html).toContain('try slide 2')
    expect(html).toContain('<link rel="stylesheet" href="../assets/a.css">')
    expect(html).not.toMatch(/<script/i)
  })
  it('follows the system colour scheme without script', () => {
    expect(html).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{--deck-bg:#10131a;/)
  })
})

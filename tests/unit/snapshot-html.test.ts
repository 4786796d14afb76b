import { describe, expect, it } from 'vitest'
import { appBoot, colorSchemaOf, deferredBootScript, snapshotCss, snapshotHeadScript, snapshotShows, stepScaleCss, withSnapshot } from '../../scripts/site/snapshot-html.ts'
import { pagesOf } from '../../scripts/site/snapshots.ts'
import { slideOfPath } from '../../scripts/site/view-chooser.ts'
import { colours } from '../../styles/tokens.ts'

const base = '/deck/'
const aliases = { 'act-rise': 5 }
const canvas = { width: 980, height: 552 }
const site = { base, aliases, colorSchema: 'auto' as const }

const template = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><script>/*chooser*/</script>
<title>Deck</title>
  <script type="module" crossorigin src="/deck/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/deck/assets/runtime-B.js">
  <link rel="modulepreload" crossorigin href="/deck/assets/modules/vue-C.js">
  <link rel="stylesheet" crossorigin href="/deck/assets/index-D.css">
</head>
<body>
  <div id="app"></div>
</body>
</html>`

const page = {
  no: 5,
  html: '<div id="snap-slide-container"><h1>Five</h1></div>',
  canvas,
  css: '.x{color:red}',
  fonts: ['/deck/assets/inter-400.woff2'],
}

describe('slideOfPath: which slide a URL asks for', () => {
  it.each([
    ['/deck/', 1],
    ['/deck/index.html', 1],
    ['/deck/5', 5],
    ['/deck/5.html', 5],
    ['/deck/5/', 5],
    ['/deck/act-rise', 5],
    ['/deck/act-nope', 0],
    ['/deck/presenter/5', 0],
    ['/other/5', 0],
  ])('%s → %d', (path, no) => {
    expect(slideOfPath(path, base, aliases)).toBe(no)
  })
})

describe('snapshotShows: only the slide asked for, at click 0, never in print', () => {
  it.each([
    [5, '/deck/5', '', true],
    [
      5,
      '/deck/act-rise',
      '?view=slides',
      true,
    ],
    [5, '/deck/5', '?clicks=0', true],
    [5, '/deck/5', '?clicks=2', false],
    [5, '/deck/5', '?print', false],
    [5, '/deck/5', '?export=1', false],
    // an offline fallback serves index.html (slide 1's page) for /deck/5?view=slides
    [1, '/deck/5', '?view=slides', false],
    [1, '/deck/', '', true],
  ])('slide %d at %s%s → %s', (no, path, search, shows) => {
    expect(snapshotShows(no, path, search, base, aliases, slideOfPath)).toBe(shows)
  })
})

describe('stepScaleCss: without JavaScript the canvas still fits', () => {
  it('picks the largest step that fits both sides, later rules winning', () => {
    const css = stepScaleCss(canvas)
    expect(css.startsWith(':root{--deck-snap-scale:0.25}')).toBe(true)
    expect(css).toContain('@media (min-width:294px) and (min-height:166px){:root{--deck-snap-scale:0.30}}')
    expect(css).toContain('@media (min-width:1911px) and (min-height:1077px){:root{--deck-snap-scale:1.95}}')
    const steps = [
      ...css.matchAll(/--deck-snap-scale:([\d.]+)/g),
    ].map(m => Number(m[1]))
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
  })
})

describe('snapshotCss', () => {
  it('gives a browser without JavaScript the system\'s dark tokens, unless a class has chosen', () => {
    const css = snapshotCss(canvas)
    expect(css).toContain(`@media (prefers-color-scheme:dark){html:not(.light):not(.dark){`)
    expect(css).toContain(`--deck-bg:${colours.dark.bg};`)
    expect(css).toContain('.deck-snap-off #deck-snapshot{display:none}')
  })
})

describe('the page: snapshot beside #app, app requested after the first paint', () => {
  const html = withSnapshot(template, page, site)

  it('puts the snapshot before #app, never inside it', () => {
    expect(html).toMatch(/<div id="deck-snapshot" data-slide="5"><div id="snap-slide-container"><h1>Five<\/h1><\/div><noscript>.*<\/noscript><\/div><div id="app"><\/div>/)
  })
  it('takes the module script and preloads out of the head and requests them from the end of the body', () => {
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).not.toContain('type="module"')
    expect(head).not.toContain('modulepreload')
    const tail = html.slice(html.indexOf('<div id="app">'))
    expect(tail).toContain(deferredBootScript({
      script: '/deck/assets/index-A.js',
      preloads: ['/deck/assets/runtime-B.js', '/deck/assets/modules/vue-C.js'],
    }))
  })
  it('sets scheme and scale before the title and every stylesheet, after the chooser', () => {
    const script = html.indexOf(snapshotHeadScript(5, canvas, site))
    expect(script).toBeGreaterThan(html.indexOf('/*chooser*/'))
    expect(script).toBeLessThan(html.indexOf('<title>'))
    expect(script).toBeLessThan(html.indexOf('rel="stylesheet"'))
  })
  it('inlines the slide CSS, preloads its fonts and links the reader for no-JS browsers', () => {
    expect(html).toContain('.x{color:red}</style></head>')
    expect(html).toContain('<link rel="preload" as="font" type="font/woff2" crossorigin href="/deck/assets/inter-400.woff2">')
    expect(html).toContain('<a href="/deck/read/#slide-5">')
  })
  it('refuses a page that already has a snapshot, or a template of another shape', () => {
    expect(() => withSnapshot(html, page, site)).toThrow(/already has a snapshot/)
    expect(() => withSnapshot(template.replace('<div id="app"></div>', '<main id="app"></main>'), page, site)).toThrow(/update scripts\/site\/snapshot-html.ts/)
    expect(() => appBoot(template.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(/one module script/)
  })
})

describe('the head script, run as a browser would', () => {
  function run(opts: { stored?: string, systemDark: boolean, path: string, search?: string, schema?: 'auto' | 'light' | 'dark', width?: number, height?: number }) {
    const classes = new Set<string>()
    const props: Record<string, string> = {}
    const documentElement = {
      classList: {
        toggle: (c: string, on: boolean) => on
          ? classes.add(c)
          : classes.delete(c),
        add: (c: string) => classes.add(c),
      },
      style: {
        setProperty: (k: string, v: string) => { props[k] = v },
      },
    }
    const code = snapshotHeadScript(5, canvas, { ...site, colorSchema: opts.schema ?? 'auto' }).replace(/^<script[^>]*>|<\/script>$/g, '')
    // eslint-disable-next-line no-new-func
    new Function('document', 'localStorage', 'matchMedia', 'location', 'innerWidth', 'innerHeight', 'addEventListener', code)(
      { documentElement },
      {
        getItem: () => opts.stored ?? null,
      },
      (q: string) => ({ matches: q.includes('dark') && opts.systemDark }),
      { pathname: opts.path, search: opts.search ?? '' },
      opts.width ?? 1920,
      opts.height ?? 1080,
      () => undefined,
    )
    return { classes, props }
  }

  it.each([
    [undefined, false, 'auto', 'light'],
    [undefined, true, 'auto', 'dark'],
    ['auto', true, 'auto', 'dark'],
    ['light', true, 'auto', 'light'],
    ['dark', false, 'auto', 'dark'],
    ['dark', false, 'light', 'light'],
    [undefined, false, 'dark', 'dark'],
  ] as const)('stored %s, system dark %s, deck %s → %s', (stored, systemDark, schema, scheme) => {
    const { classes } = run({
      stored,
      systemDark,
      schema,
      path: '/deck/5',
    })
    expect(classes.has(scheme)).toBe(true)
    expect(classes.has(scheme === 'dark'
      ? 'light'
      : 'dark')).toBe(false)
  })
  it('scales the canvas to the window from the first frame', () => {
    expect(run({ systemDark: false, path: '/deck/5' }).props['--deck-snap-scale']).toBe(String(1080 / 552))
    expect(run({
      systemDark: false,
      path: '/deck/5',
      width: 412,
      height: 823,
    }).props['--deck-snap-scale']).toBe(String(412 / 980))
  })
  it('hides the snapshot for another slide or a later click', () => {
    expect(run({ systemDark: false, path: '/deck/5' }).classes.has('deck-snap-off')).toBe(false)
    expect(run({ systemDark: false, path: '/deck/6' }).classes.has('deck-snap-off')).toBe(true)
    expect(run({ systemDark: false, path: '/deck/5', search: '?clicks=3' }).classes.has('deck-snap-off')).toBe(true)
  })
})

describe('pagesOf and colorSchemaOf', () => {
  it.each([
    [
      1,
      ['index.html', '1.html'],
    ],
    [
      5,
      ['5.html', 'act-rise.html'],
    ],
    [
      7,
      ['7.html'],
    ],
  ])('slide %d is served from %j', (no, pages) => {
    expect(pagesOf(no, aliases)).toEqual(pages)
  })
  it('reads the deck\'s colorSchema and refuses one Slidev does not know', () => {
    expect(colorSchemaOf({})).toBe('auto')
    expect(colorSchemaOf({ colorSchema: 'dark' })).toBe('dark')
    expect(() => colorSchemaOf({ colorSchema: 'sepia' })).toThrow(/auto, light or dark/)
  })
})

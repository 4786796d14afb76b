/**
 * First paint without the app: each slide's HTML page (`N.html`, `index.html`, `<alias>.html`) carries the slide as
 * the app draws it at click 0, in `#deck-snapshot` beside `#app` (never inside it: Vue's mount empties its container,
 * and the screen would go blank until the slide's code arrives). The page is Slidev's own `index.html` plus:
 *   - in the head, before any stylesheet: the colour scheme (Slidev's rule and storage key) and the snapshot's scale
 *     from the first frame, and whether this page's snapshot is the slide the URL asks for;
 *   - the slide's own stylesheets inlined, its fonts preloaded, a scale for browsers without JavaScript;
 *   - the app's module script and preloads requested two frames after the first paint, not before it.
 * The app removes the snapshot once it has drawn the same slide (components/snapshot-takeover.ts).
 */
import { cssVariableBlock } from '../../styles/tokens.ts'
import { escapeHtml } from '../lib/notes-text.ts'
import { slideOfPath } from './view-chooser.ts'

export const SNAPSHOT_ID = 'deck-snapshot'

/** Marks the snapshot's colour-scheme/scale script and its stylesheet, so a page is never given them twice. */
const HEAD_MARK = 'data-deck-snapshot-head'

export interface SnapshotPage {
  no: number
  /** The slide's `#slide-container` markup (scripts/site/reader-capture.ts). */
  html: string
  canvas: { width: number, height: number }
  /** CSS the slide needs beyond the page's own stylesheets, to inline. */
  css: string
  /** Font URLs (absolute paths) to preload. */
  fonts: string[]
}

export interface SnapshotSite {
  base: string
  /** The deck's `colorSchema`: `auto` follows the stored choice, then the system. */
  colorSchema: 'auto' | 'light' | 'dark'
  aliases: Record<string, number>
}

/** The deck's `colorSchema` headmatter (Slidev's default is `auto`). */
export function colorSchemaOf(headmatter: Record<string, unknown>): SnapshotSite['colorSchema'] {
  const value = headmatter.colorSchema ?? 'auto'
  if (value === 'auto' || value === 'light' || value === 'dark')
    return value
  throw new Error(`colorSchema "${String(value)}" in slides.md is not one Slidev knows: use auto, light or dark.`)
}

/** The app's boot as the page has it: its module script and module preloads. */
export interface AppBoot {
  script: string
  preloads: string[]
}

/** Finds the app's module script and preloads in Slidev's `index.html`. */
export function appBoot(html: string): AppBoot {
  const scripts = [
    ...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>/g),
  ]
  if (scripts.length !== 1)
    throw new Error(`Expected one module script in the built index.html, found ${scripts.length}; update scripts/site/snapshot-html.ts for this Slidev version.`)
  return {
    script: scripts[0][1],
    preloads: [
      ...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
    ].map(m => m[1]),
  }
}

/**
 * Whether the snapshot of slide `no` may show for this URL: it must be the slide asked for (an offline fallback may
 * serve this page for another slide), at click 0, and not a print or export. Self-contained, inlined as source.
 */
export function snapshotShows(no: number, pathname: string, search: string, base: string, aliases: Record<string, number>, slideOf: (p: string, b: string, a: Record<string, number>) => number): boolean {
  const params = new URLSearchParams(search)
  const clicks = params.get('clicks')
  if (clicks !== null && clicks !== '0')
    return false
  if (params.has('print') || params.has('export'))
    return false
  return slideOf(pathname, base, aliases) === no
}

/** Scales for browsers without JavaScript: the largest step at which the canvas fits the viewport. */
export function stepScaleCss(canvas: { width: number, height: number }, steps = 48): string {
  const rules = [`:root{--deck-snap-scale:0.25}`]
  for (let i = 6; i <= steps + 5; i++) {
    // Twentieths, in whole numbers until the end: 0.05 × 6 × 980 is not 294 in floating point.
    rules.push(`@media (min-width:${Math.ceil(canvas.width * i / 20)}px) and (min-height:${Math.ceil(canvas.height * i / 20)}px){:root{--deck-snap-scale:${(i / 20).toFixed(2)}}}`)
  }
  return rules.join('')
}

/** The head script: colour scheme as Slidev sets it, the scale from the first frame, and whether to show at all. */
export function snapshotHeadScript(no: number, canvas: { width: number, height: number }, site: SnapshotSite): string {
  return `<script ${HEAD_MARK}>(function(){var d=document.documentElement;try{var c=${JSON.stringify(site.colorSchema)},s='auto';try{s=localStorage.getItem('slidev-color-schema')||'auto'}catch(e){}`
    + `var dark=c!=='auto'?c==='dark':s==='auto'?matchMedia('(prefers-color-scheme: dark)').matches:s==='dark';d.classList.toggle('dark',dark);d.classList.toggle('light',!dark);`
    // On resize: in the next frame (reading the window's size outside one forces a layout of the loading app), only
    // when the scale changes, and never again once the app has taken over.
    + `var last,queued=0,fit=function(){queued=0;if(document.body&&!document.getElementById('${SNAPSHOT_ID}')){removeEventListener('resize',later);return}var k=String(Math.min(innerWidth/${canvas.width},innerHeight/${canvas.height}));if(k!==last){last=k;d.style.setProperty('--deck-snap-scale',k)}},later=function(){if(!queued){queued=1;requestAnimationFrame(fit)}};fit();addEventListener('resize',later);`
    + `if(!(${snapshotShows.toString()})(${no},location.pathname,location.search,${JSON.stringify(site.base)},${JSON.stringify(site.aliases)},${slideOfPath.toString()}))d.classList.add('deck-snap-off')}catch(e){d.classList.add('deck-snap-off')}})()</script>`
}

/** The snapshot's own rules: an overlay over the whole window, on top of the app until the app removes it. */
export function snapshotCss(canvas: { width: number, height: number }): string {
  // Without JavaScript no class says dark: the system's choice applies to the snapshot's tokens directly.
  return `${stepScaleCss(canvas)}@media (prefers-color-scheme:dark){${cssVariableBlock('html:not(.light):not(.dark)', 'dark')}}`
    + `#${SNAPSHOT_ID}{position:fixed;inset:0;z-index:100;overflow:hidden}`
    + `#${SNAPSHOT_ID} .slidev-page{background:var(--deck-bg)}`
    + `.deck-snap-off #${SNAPSHOT_ID}{display:none}`
    + `.deck-snap-noscript{position:absolute;left:0;right:0;bottom:0;margin:0;padding:.75rem;text-align:center;font:600 18px/1.4 Inter,sans-serif;background:var(--deck-bg);color:var(--deck-text)}`
    + `.deck-snap-noscript a{color:var(--deck-deepseek);text-decoration:underline}`
}

/** Requests the app two frames after the first paint (at once in a hidden tab, where frames never come). */
export function deferredBootScript(boot: AppBoot): string {
  return `<script>(function(){var done=0,h=document.head;function go(){if(done)return;done=1;`
    + `${JSON.stringify(boot.preloads)}.forEach(function(u){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u;h.appendChild(l)});`
    + `var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(boot.script)};h.appendChild(s)}`
    + `if(document.visibilityState==='hidden')go();else{requestAnimationFrame(function(){requestAnimationFrame(go)});document.addEventListener('visibilitychange',go)}})()</script>`
}

/**
 * Slidev's `index.html` (already carrying the view chooser) made into slide `no`'s page. Throws if the page is not
 * the shape this expects, naming what to update.
 */
export function withSnapshot(template: string, page: SnapshotPage, site: SnapshotSite): string {
  if (template.includes(HEAD_MARK))
    throw new Error('This page already has a snapshot; build its pages from the untouched index.html.')
  const boot = appBoot(template)
  let html = template.replace(/<script type="module" crossorigin src="[^"]+"><\/script>\s*/, '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
  const title = html.indexOf('<title>')
  if (title < 0 || !html.includes('<div id="app"></div>') || !html.includes('</body>'))
    throw new Error('The built index.html has no <title>, <div id="app"></div> or </body>; update scripts/site/snapshot-html.ts for this Slidev version.')
  html = html.slice(0, title) + snapshotHeadScript(page.no, page.canvas, site) + html.slice(title)
  const preloads = page.fonts.map(f => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(f)}">`).join('')
  html = html.replace('</head>', `${preloads}<style ${HEAD_MARK}>${snapshotCss(page.canvas)}${page.css}</style></head>`)
  const noscript = `<noscript><p class="deck-snap-noscript"><a href="${escapeHtml(site.base)}read/#slide-${page.no}">Read this talk as a page (the reader edition)</a></p></noscript>`
  html = html.replace('<div id="app"></div>', `<div id="${SNAPSHOT_ID}" data-slide="${page.no}">${page.html}${noscript}</div><div id="app"></div>`)
  return html.replace('</body>', `${deferredBootScript(boot)}</body>`)
}

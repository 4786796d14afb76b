/**
 * Phones get the reader edition by default. A script in the head of every page of the public build sends a narrow
 * portrait screen from a slide URL (`/N`, `/`, or a slide's alias) to `read/#slide-N`, with one `location.replace`.
 * Never for `?view=slides` (remembered in localStorage until `?view=reader`), the presenter and other speaker routes,
 * print or export, an embedded deck (iframe, `?embedded`), or a tablet or desktop.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withRevision } from './service-worker.ts'

/**
 * The slide number a path asks for (`/base/`, `/base/5`, `/base/5.html`, `/base/act-rise`), or 0. Self-contained: its
 * source is inlined into the pages.
 */
export function slideOfPath(pathname: string, base: string, aliases: Record<string, number>): number {
  if (!pathname.startsWith(base))
    return 0
  const path = decodeURIComponent(pathname.slice(base.length)).replace(/\/$/, '').replace(/\.html$/, '')
  if (path === '' || path === 'index')
    return 1
  if (/^\d+$/.test(path))
    return Number(path)
  return aliases[path] ?? 0
}

/** What the chooser reads of the browser. */
export interface ViewContext {
  pathname: string
  search: string
  /** `matchMedia('(max-width: 640px) and (orientation: portrait)').matches` */
  narrowPortrait: boolean
  inIframe: boolean
  /** localStorage's `deck-view` */
  stored: string | null
}

/**
 * Where to go, or null to stay; the storage value to write, or undefined to leave it. Self-contained (no imports,
 * no closures; `slideOf` is `slideOfPath`, passed in): its source is inlined into the pages as it is.
 */
export function chooseView(ctx: ViewContext, base: string, aliases: Record<string, number>, slideOf: typeof slideOfPath): { to: string | null, store?: string | null } {
  const params = new URLSearchParams(ctx.search)
  const view = params.get('view')
  const store = view === 'slides'
    ? 'slides'
    : view === 'reader'
      ? null
      : undefined
  const remembered = store === undefined
    ? ctx.stored
    : store
  if (view === 'slides' || remembered === 'slides' || !ctx.narrowPortrait || ctx.inIframe)
    return { to: null, store }
  for (const key of [
    'clicks',
    'print',
    'embedded',
    'password',
    'export',
  ]) {
    if (params.has(key))
      return { to: null, store }
  }
  const no = slideOf(ctx.pathname, base, aliases)
  if (!no)
    return { to: null, store }
  return { to: `${base}read/#slide-${no}`, store }
}

/** The inline script: the rule above, run once per navigation, before the app loads. */
export function chooserScript(base: string, aliases: Record<string, number>): string {
  return `<script>(function(){try{var ctx={pathname:location.pathname,search:location.search,narrowPortrait:matchMedia('(max-width: 640px) and (orientation: portrait)').matches,inIframe:window.self!==window.top,stored:null};try{ctx.stored=localStorage.getItem('deck-view')}catch(e){}var r=(${chooseView.toString()})(ctx,${JSON.stringify(base)},${JSON.stringify(aliases)},${slideOfPath.toString()});try{if(r.store==='slides')localStorage.setItem('deck-view','slides');else if(r.store===null)localStorage.removeItem('deck-view')}catch(e){}if(r.to)location.replace(r.to)}catch(e){}})()</script>`
}

/** An HTML page with the chooser right after its viewport meta (or at the start of its head). */
export function withChooser(html: string, script: string): string {
  const viewport = html.match(/<meta name="viewport"[^>]*>/)
  if (viewport)
    return html.replace(viewport[0], `${viewport[0]}${script}`)
  return html.replace('<head>', `<head>${script}`)
}

/**
 * Puts the chooser into the build's `index.html` and `404.html` (the SPA fallback every deep link is served from)
 * and gives their precache entries new revisions.
 */
export async function writeChooser(dir: string, base: string, aliases: Record<string, number>): Promise<void> {
  const script = chooserScript(base, aliases)
  const sw = join(dir, 'sw.js')
  let worker = existsSync(sw)
    ? await readFile(sw, 'utf8')
    : undefined
  for (const page of ['index.html', '404.html']) {
    const file = join(dir, page)
    if (!existsSync(file))
      continue
    const html = withChooser(await readFile(file, 'utf8'), script)
    await writeFile(file, html)
    if (worker)
      worker = withRevision(worker, page, createHash('md5').update(html).digest('hex'))
  }
  if (worker)
    await writeFile(sw, worker)
}

/**
 * Writes each slide's HTML page with its pre-rendered first paint (scripts/site/snapshot-html.ts): `N.html` for every
 * slide, `index.html` for slide 1, `<alias>.html` for a slide with a routeAlias. Static hosts serve `/base/5` from
 * `5.html` (GitHub Pages, Netlify, `npm run serve`); the service worker precaches every page with a revision of its
 * content, so offline `/base/5` is slide 5's page too.
 */
import type { CapturedSnapshot } from './reader-capture.ts'
import type { SnapshotSite } from './snapshot-html.ts'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../lib/user-error.ts'
import { withPrecachedPage } from './service-worker.ts'
import { withSnapshot } from './snapshot-html.ts'

/** The pages a slide is served from: its number, and its alias; slide 1 also from the site's root. */
export function pagesOf(no: number, aliases: Record<string, number>): string[] {
  return [
    ...(no === 1
      ? ['index.html']
      : []),
    `${no}.html`,
    ...Object.entries(aliases).filter(([, n]) => n === no).map(([alias]) => `${alias}.html`),
  ]
}

/** The CSS of the slide's stylesheets that the page does not already link. */
async function slideCss(dir: string, template: string, stylesheets: string[]): Promise<string> {
  const parts: string[] = []
  for (const sheet of stylesheets) {
    if (template.includes(`${sheet}"`))
      continue
    // Relative urls() in a chunk's CSS (fonts, images) are written against assets/; the page is one level up.
    const css = await readFile(join(dir, sheet), 'utf8')
    const folder = sheet.slice(0, sheet.lastIndexOf('/') + 1)
    parts.push(css.replace(/url\((?!["']?(?:data:|\/|https?:))(["']?)/g, `url($1${folder}`))
  }
  return parts.join('\n').replaceAll('</style', '<\\/style')
}

export async function writeSnapshots(dir: string, snapshots: CapturedSnapshot[], site: SnapshotSite): Promise<string[]> {
  const template = await readFile(join(dir, 'index.html'), 'utf8')
  const sw = join(dir, 'sw.js')
  let worker = existsSync(sw)
    ? await readFile(sw, 'utf8')
    : undefined
  const written: string[] = []
  for (const snap of snapshots) {
    const html = withSnapshot(template, {
      no: snap.no,
      html: snap.html,
      canvas: snap.canvas,
      css: await slideCss(dir, template, snap.stylesheets),
      fonts: snap.fonts.map(f => `${site.base}${f}`),
    }, site)
    for (const page of pagesOf(snap.no, site.aliases)) {
      if (page !== 'index.html' && existsSync(join(dir, page)))
        throw new UserError(`The build already has ${page}; rename the slide's routeAlias so its page does not replace that file.`)
      await writeFile(join(dir, page), html)
      written.push(page)
      if (worker)
        worker = withPrecachedPage(worker, page, html)
    }
  }
  if (worker)
    await writeFile(sw, worker)
  return written
}

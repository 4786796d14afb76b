/**
 * The reader's CSS, inline and cut to what its markup uses. The reader is one HTML file with no script; it would
 * otherwise link twenty-odd stylesheets of the app (its UI included), each a render-blocking request on a phone.
 * The linked sheets are read from the build and inlined in order, then Beasties (a maintained fork of Critters)
 * drops every rule no element of the page matches, keeping the @font-face rules of the fonts it uses; fonts swap
 * in rather than hold the text invisible. A diagram's own `<style>` (inside its SVG) is set aside first and put back
 * as it was: it is the drawing's, and the reader must carry it byte for byte.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Beasties from 'beasties'
import postcss from 'postcss'
import { READER_STYLE } from './reader-html.ts'

/** Selectors that style the page itself (the document, its body, the app's mount point) rather than content. */
const PAGE_LEVEL = new Set(['html', 'body', ':root', '#app'])

/**
 * The app's CSS without its page-level rules: a selector that is the page itself (`html`, `body`, `:root`, `#app`,
 * bare) sets up the app's window, e.g. Slidev's `html, body { height: 100vh; overflow: hidden }`, which made the
 * reader a page that cannot scroll. Such selectors leave their rules (the rest of a selector list stays); custom
 * properties are content-level (components read them), so they stay on the page's selectors. A page that is not
 * the app states its own page.
 */
export function withoutPageRules(css: string): string {
  const root = postcss.parse(css)
  root.walkRules((rule) => {
    const page = rule.selectors.filter(s => PAGE_LEVEL.has(s.trim()))
    if (!page.length)
      return
    const properties = rule.clone({ selectors: page })
    properties.each((node) => {
      if (node.type !== 'decl' || !node.prop.startsWith('--'))
        node.remove()
    })
    if (properties.nodes.length) {
      rule.before(properties.assign({
        raws: { ...properties.raws, before: rule.raws.before ?? '' },
      }))
    }
    const content = rule.selectors.filter(s => !PAGE_LEVEL.has(s.trim()))
    if (content.length) {
      rule.selectors = content
      rule.raws.before = ''
    }
    else {
      rule.remove()
    }
  })
  return root.toString()
}

/** Every `<style>` of the page but the one marked `own` without its page-level rules (withoutPageRules). */
export function withoutPageRulesOutside(html: string, own: string): string {
  return html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/g, (whole, attributes: string, css: string) => attributes.includes(own)
    ? whole
    : `<style${attributes}>${withoutPageRules(css)}</style>`)
}

const STYLESHEET = /<link rel="stylesheet" href="\.\.\/([^"]+)">\n?/g

/** The page with each `../assets/…` stylesheet link replaced by that sheet's text in a `<style>` (pure, given `read`). */
export async function withInlinedStylesheets(html: string, read: (path: string) => Promise<string>): Promise<string> {
  const sheets = [
    ...html.matchAll(STYLESHEET),
  ].map(m => m[1])
  const texts = await Promise.all(sheets.map(read))
  let i = 0
  return html.replace(STYLESHEET, () => `<style>${texts[i++].replaceAll('</style', '<\\/style')}</style>\n`)
}

/**
 * Preloads for every face of `family` the page's CSS declares, right after the title, so the text face arrives
 * with the page: swapping in late would move the text (a layout shift of 0.2–0.28 measured on a throttled phone).
 * The CJK faces are left to load when a Chinese slide nears the screen.
 */
export function withFontPreloads(html: string, family: string): string {
  const urls = [
    ...html.matchAll(/@font-face\s*\{[^}]*\}/g),
  ].map(m => m[0]).filter(rule => new RegExp(`font-family:\\s*["']?${family}["']?\\s*;`).test(rule)).map(rule => /url\(["']?([^"')]+)["']?\)/.exec(rule)?.[1]).filter(url => url !== undefined)
  const links = [
    ...new Set(urls),
  ].map(url => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${url}">`).join('')
  return html.replace('</title>', `</title>${links}`)
}

/** Fonts of the reader swap in: a phone shows the text in a fallback face rather than none while they load. */
export function withSwappingFonts(html: string): string {
  return html.replace(/font-display:\s*block/g, 'font-display:swap')
}

/** The page with every `<style>` inside an `<svg>` replaced by a marker, and a function that puts them back. */
export function setAsideSvgStyles(html: string): { html: string, restore: (processed: string) => string } {
  const kept: string[] = []
  const marked = html.replace(/<svg\b[\s\S]*?<\/svg>/g, svg => svg.replace(/<style\b[\s\S]*?<\/style>/g, (style) => {
    kept.push(style)
    return `<!--deck-svg-style-${kept.length - 1}-->`
  }))
  return {
    html: marked,
    restore: processed => processed.replace(/<!--deck-svg-style-(\d+)-->/g, (marker, i: string) => {
      const style = kept[Number(i)]
      if (style === undefined)
        throw new Error(`The reader has a marker ${marker} for a diagram style it never set aside.`)
      return style
    }),
  }
}

export async function inlineReaderCss(html: string, dir: string): Promise<string> {
  const aside = setAsideSvgStyles(html)
  const inlined = await withInlinedStylesheets(aside.html, path => readFile(join(dir, path), 'utf8'))
  const beasties = new Beasties({
    path: dir,
    reduceInlineStyles: true,
    inlineFonts: true,
    preloadFonts: false,
    // Beasties' own minifier dropped a `;` between two custom properties (0.5.4); brotli does the compressing.
    compress: false,
    // One `<style>` per sheet, so the reader's own (marked READER_STYLE) stays apart from the app's.
    mergeStylesheets: false,
    logLevel: 'silent',
  })
  // Beasties keeps a font only if a rule of the same sheet names it, and the app's sheet names Inter in its page rule:
  // the page rules go after Beasties has chosen the fonts.
  const pruned = withoutPageRulesOutside(await beasties.process(inlined), READER_STYLE)
  return aside.restore(withFontPreloads(withSwappingFonts(pruned), 'Inter'))
}

import { cssVariables } from '../../styles/tokens.ts'
import { escapeHtml } from '../lib/notes-text.ts'

/** The attribute that marks the reader's own `<style>`, the one that states its page (reader-css.ts keeps it). */
export const READER_STYLE = 'data-deck-reader'

/** One article of the reader: the slide as the app draws it on the page, then what the speaker says. */
export interface ReaderArticle {
  no: number
  title: string
  act: string
  /** The slide's page-mode HTML (captured from the built app). */
  html: string
  /** Notes as HTML paragraphs (already escaped, cues removed). */
  notes: string[]
  /** Has controls that only work in the slides (the calculator, the router). */
  interactive: boolean
}

export interface ReaderDeck {
  title: string
  lang: string
  asOf: string
  /** Paths of the app's stylesheets under the base, and its inline styles. */
  stylesheets: string[]
  styles: string[]
  /** routeAlias → slide number, so links between slides become in-page anchors. */
  aliases: Record<string, number>
  base: string
}

/** Links to a slide (`/base/5`, `/base/act-rise`, with or without a query) become `#slide-N` in the reader. */
export function rewriteSlideLinks(html: string, base: string, aliases: Record<string, number>): string {
  return html.replace(/href="([^"]*)"/g, (whole, href: string) => {
    if (!href.startsWith(base))
      return whole
    const path = decodeURIComponent(href.slice(base.length).split(/[?#]/)[0].replace(/\/$/, ''))
    const no = /^\d+$/.test(path)
      ? Number(path)
      : aliases[path]
    return no === undefined
      ? whole
      : `href="#slide-${no}"`
  })
}

/** `--deck-*` custom properties of a mode, as declarations. */
function tokenDeclarations(mode: 'light' | 'dark'): string {
  return Object.entries(cssVariables(mode)).filter(([k]) => !k.startsWith('--deck-size-')).map(([k, v]) => `${k}:${v};`).join('')
}

/**
 * The reader's own CSS: light and dark from the media query (no script), the slide in normal flow at reading sizes,
 * one column under 640 px, and drawings that cannot reflow in a scroll region of their own. A region scrolls sideways
 * only (`overflow-y: hidden`): one that could scroll a pixel down would take a phone's swipe that starts on it. It
 * holds what is positioned inside it (`position: relative`): a screen-reader table (`sr-only`, which a table ignores
 * in its width) once widened the whole page to 584 px on a 320 px phone. Every article is laid out (no
 * `content-visibility`): estimated heights made End land short of the last slide, and hid from the page-width check
 * a table wider than a phone.
 */
export function readerCss(): string {
  return `
:root{color-scheme:light dark;${tokenDeclarations('light')}--deck-size-reference:14px;--deck-size-body:17px;--deck-size-lead:20px;--deck-size-headline:24px;--deck-size-title:30px;--deck-size-stat:44px}
@media (prefers-color-scheme:dark){:root{${tokenDeclarations('dark')}}}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;line-height:1.5}
html,body{margin:0;background:var(--deck-bg);color:var(--deck-text);font-family:Inter,"Deck CJK",sans-serif}
.reader{max-width:58rem;margin:0 auto;padding:1rem}
.reader-head h1{font-size:var(--deck-size-title);line-height:1.15;margin:.5rem 0}
.reader a{color:var(--deck-deepseek);text-decoration:underline}
.reader nav ol{padding-left:1.2rem}
.reader article{border-top:1px solid var(--deck-rule);padding:1.2rem 0}
.kicker{font-size:var(--deck-size-reference);color:var(--deck-muted);margin:0 0 .4rem}
.reader-slide .slidev-layout{position:static;height:auto;min-height:0;padding:0;display:block}
.reader-slide .deck-grid{display:block}
.reader-slide .deck-evidence{display:block}
.reader-slide .deck-evidence>*+*{margin-top:1rem}
.reader-slide .deck-footer{position:static;margin-top:1rem;flex-wrap:wrap;white-space:normal}
.reader-slide .deck-footer *{white-space:normal;overflow:visible;text-overflow:clip}
.reader-slide h1{font-size:var(--deck-size-headline)}
.reader-slide .grid{gap:1rem}
.reader-slide img,.reader-slide canvas{max-width:100%;height:auto}
.reader-scroll{position:relative;overflow-x:auto;overflow-y:hidden;max-width:100%}
.reader-scroll>*{width:max-content;min-width:100%;align-items:flex-start}
.reader-scroll>.deck-drawing{width:auto;min-width:40rem}
.reader-scroll:focus-visible{outline:3px solid var(--deck-deepseek);outline-offset:2px}
.reader-notes p{font-size:1.05rem;line-height:1.55;margin:.6rem 0}
.reader-notes h3{font-size:var(--deck-size-reference);text-transform:uppercase;letter-spacing:.05em;color:var(--deck-muted);margin:1rem 0 .2rem}
@media (max-width:640px){.reader-slide .grid,.reader-slide .deck-reflows{grid-template-columns:1fr!important}}
`
}

/** The reader edition: one page, every slide as HTML followed by its notes; deep links `#slide-N`; no script. */
export function readerHtml(deck: ReaderDeck, articles: ReaderArticle[]): string {
  const acts = [
    ...new Set(articles.map(a => a.act)),
  ]
  const toc = acts.map(act => `<li>${escapeHtml(act)}<ol>${articles.filter(a => a.act === act).map(a => `<li><a href="#slide-${a.no}">${escapeHtml(a.title)}</a></li>`).join('')}</ol></li>`).join('')
  const body = articles.map(a => `<article id="slide-${a.no}" aria-labelledby="slide-${a.no}-title">
<p class="kicker" id="slide-${a.no}-title">Slide ${a.no} of ${articles.length} · ${escapeHtml(a.act)}: ${escapeHtml(a.title)} · <a href="../${a.no}?view=slides">open it in the slides</a></p>
<div class="reader-slide deck-page">${rewriteSlideLinks(a.html, deck.base, deck.aliases)}</div>
${a.interactive
  ? `<p class="kicker">The controls above work in the slides: <a href="../${a.no}?view=slides">try slide ${a.no}</a>.</p>`
  : ''}
${a.notes.length
  ? `<section class="reader-notes" aria-label="What the speaker says"><h3>What the speaker says</h3>${a.notes.map(p => `<p>${p}</p>`).join('')}</section>`
  : ''}
</article>`).join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(deck.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(deck.title)}: reader edition</title>
${deck.stylesheets.map(href => `<link rel="stylesheet" href="../${escapeHtml(href)}">`).join('\n')}
${deck.styles.map(css => `<style>${css}</style>`).join('\n')}
<style ${READER_STYLE}>${readerCss()}</style>
</head>
<body>
<main class="reader">
<header class="reader-head">
<h1>${escapeHtml(deck.title)}</h1>
<p>The reader edition: every slide, then what the speaker says. Facts as of ${escapeHtml(deck.asOf)}. <a href="../1?view=slides">Present the slides</a></p>
<nav aria-label="Contents"><details><summary>Contents: ${articles.length} slides in ${acts.length} parts</summary><ol>${toc}</ol></details></nav>
</header>
${body}
</main>
</body>
</html>
`
}

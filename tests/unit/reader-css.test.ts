import { describe, expect, it } from 'vitest'
import { setAsideSvgStyles, withFontPreloads, withInlinedStylesheets, withoutPageRules, withoutPageRulesOutside, withSwappingFonts } from '../../scripts/site/reader-css.ts'

describe('withInlinedStylesheets', () => {
  it('replaces each of the app\'s stylesheet links with the sheet, in order, and leaves other links alone', async () => {
    const html = '<head>\n<link rel="stylesheet" href="../assets/a.css">\n<link rel="stylesheet" href="../assets/b.css">\n<link rel="icon" href="x.svg"></head>'
    const read = async (path: string) => ({ 'assets/a.css': '.a{color:red}', 'assets/b.css': '.b{x:"</style>"}' })[path]!
    expect(await withInlinedStylesheets(html, read)).toBe('<head>\n<style>.a{color:red}</style>\n<style>.b{x:"<\\/style>"}</style>\n<link rel="icon" href="x.svg"></head>')
  })
})

describe('withoutPageRules: the app\'s window set-up stays out of a page that is not the app', () => {
  it.each([
    // Slidev's own layout rule: the reason the reader could not scroll.
    ['html,body{width:100%;height:calc(var(--vh,1vh) * 100);overflow:hidden;--un-bg-opacity:1}', 'html,body{--un-bg-opacity:1}'],
    ['html{overflow:hidden}body{margin:0}#app{height:100%}', ''],
    ['@media (min-width:1px){body{position:fixed}}', '@media (min-width:1px){}'],
    [':root{--deck-bg:#fff;color-scheme:dark}', ':root{--deck-bg:#fff}'],
    // Content rules stay, including ones that mention the page in a longer selector.
    ['html.dark .slidev-layout{color:red}', 'html.dark .slidev-layout{color:red}'],
    // A page selector in a list leaves it; the rest of the list keeps the rule.
    ['body .x,html{overflow:hidden;--k:1}', 'html{--k:1}body .x{overflow:hidden;--k:1}'],
    ['.slidev-layout{height:100%;overflow:hidden}', '.slidev-layout{height:100%;overflow:hidden}'],
  ])('%s → %s', (css, want) => {
    expect(withoutPageRules(css)).toBe(want)
  })
})

describe('withoutPageRulesOutside', () => {
  it('takes the page rules out of the app\'s styles and leaves the reader\'s own', () => {
    const page = '<style>html,body{overflow:hidden}.a{b:c}</style><style data-own>html{overflow:auto}</style>'
    expect(withoutPageRulesOutside(page, 'data-own')).toBe('<style>.a{b:c}</style><style data-own>html{overflow:auto}</style>')
  })
})

describe('setAsideSvgStyles', () => {
  const page = '<style>.page{}</style><div><svg id="d"><style>#d .node{fill:red}</style><g/></svg></div><svg><style>#e{}</style></svg>'

  it('sets aside only the styles inside an SVG and puts them back byte for byte', () => {
    const aside = setAsideSvgStyles(page)
    expect(aside.html).toBe('<style>.page{}</style><div><svg id="d"><!--deck-svg-style-0--><g/></svg></div><svg><!--deck-svg-style-1--></svg>')
    expect(aside.restore(aside.html.replace('.page{}', '.page{color:blue}'))).toBe(page.replace('.page{}', '.page{color:blue}'))
  })
  it('refuses a marker it never set', () => {
    expect(() => setAsideSvgStyles('<p/>').restore('<!--deck-svg-style-3-->')).toThrow(/never set aside/)
  })
})

describe('withSwappingFonts', () => {
  it.each([
    ['@font-face{font-family:Inter;font-display:block;src:url(a)}', '@font-face{font-family:Inter;font-display:swap;src:url(a)}'],
    ['@font-face{font-display: block}', '@font-face{font-display:swap}'],
    ['@font-face{font-display:optional}', '@font-face{font-display:optional}'],
  ])('%s', (css, want) => {
    expect(withSwappingFonts(css)).toBe(want)
  })
})

describe('withFontPreloads', () => {
  const css = '@font-face{font-family:Inter;font-weight:400;src:url(/d/a/inter-400.woff2)format("woff2")}'
    + '@font-face{font-family:"Inter";font-weight:700;src:url("/d/a/inter-700.woff2")}'
    + '@font-face{font-family:Deck CJK;font-weight:400;src:url(/d/a/cjk-400.woff2)}'
    + '@font-face{font-family:Interstate;src:url(/d/a/other.woff2)}'
  it('preloads every face of the family, after the title, and no other family', () => {
    const html = withFontPreloads(`<head><title>T</title><style>${css}</style></head>`, 'Inter')
    expect(html).toContain('</title><link rel="preload" as="font" type="font/woff2" crossorigin href="/d/a/inter-400.woff2"><link rel="preload" as="font" type="font/woff2" crossorigin href="/d/a/inter-700.woff2"><style>')
    expect(html).not.toContain('cjk-400.woff2"><')
    expect(html).not.toContain('href="/d/a/other.woff2"')
  })
})

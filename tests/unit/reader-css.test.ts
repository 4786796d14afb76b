import { describe, expect, it } from 'vitest'
import { setAsideSvgStyles, withFontPreloads, withInlinedStylesheets, withSwappingFonts } from '../../scripts/site/reader-css.ts'

describe('withInlinedStylesheets', () => {
  it('replaces each of the app\'s stylesheet links with the sheet, in order, and leaves other links alone', async () => {
    const html = '<head>\n<link rel="stylesheet" href="../assets/a.css">\n<link rel="stylesheet" href="../assets/b.css">\n<link rel="icon" href="x.svg"></head>'
    const read = async (path: string) => ({ 'assets/a.css': '.a{color:red}', 'assets/b.css': '.b{x:"</style>"}' })[path]!
    expect(await withInlinedStylesheets(html, read)).toBe('<head>\n<style>.a{color:red}</style>\n<style>.b{x:"<\\/style>"}</style>\n<link rel="icon" href="x.svg"></head>')
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

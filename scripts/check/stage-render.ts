import type { Component } from 'vue'
import { Window } from 'happy-dom'
import { compile, createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { stubSlide } from './slidev-client-stub.ts'

const components = import.meta.glob<{ default: Component }>('../../components/*.vue', { eager: true })
const layouts = import.meta.glob<{ default: Component }>('../../layouts/*.vue', { eager: true })
const nameOf = (path: string) => path.split('/').at(-1)!.replace(/\.vue$/, '')

export interface RenderInput {
  no: number
  content: string
  frontmatter: Record<string, unknown>
  /** The slide's last click step: what the audience sees before the next slide. */
  clicks: number
  /** Each ```mermaid block's label text, in order (the diagram's SVG is drawn by a browser at build time). */
  diagrams: string[]
}

/** The slide's Markdown as the Vue template Slidev would make of it, for counting words: headings, tables, text. */
export function markdownToTemplate(content: string, diagrams: string[]): string {
  let d = 0
  return content
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/```mermaid[\s\S]*?```/g, () => `<div class="deck-diagram-text">${escape(diagrams[d++] ?? '')}</div>`)
    .split('\n')
    .map((line) => {
      const heading = line.match(/^(#{1,6}) (.*)$/)
      if (heading)
        return `<h${heading[1].length}>${heading[2]}</h${heading[1].length}>`
      if (/^[-\s:|][-\s:]*\|[-\s:|]*$/.test(line))
        return ''
      return line.replace(/\*\*|__/g, '')
    })
    .join('\n')
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export interface StageText {
  headline: string
  /** Everything the stage shows at the slide's last step, headline included. */
  text: string
  /** The page's text of the slide without its headline: what backs the headline's numbers. */
  evidence: string
}

/** What neither stage nor page shows as prose: markers, screen-reader text, code. */
const HIDDEN_ON_PAGE = '.deck-cite, .sr-only, sup, script, style, title, desc'

/** What the stage hides (styles/deck.css): page-only text, citation markers, screen-reader text, the source line. */
const HIDDEN_ON_STAGE = '.page-only, .deck-cite, .sr-only, sup, script, style, title, desc'

/** The slide rendered as the stage shows it at its final step, as plain text with its blocks on separate lines. */
export async function renderStageText(input: RenderInput): Promise<StageText> {
  stubSlide.clicks = input.clicks
  stubSlide.no = input.no
  stubSlide.frontmatter = input.frontmatter
  const render = compile(markdownToTemplate(input.content, input.diagrams), { whitespace: 'condense' })
  const body = defineComponent({ render: render as never })
  const layoutName = String(input.frontmatter.layout ?? 'default')
  const layout = Object.entries(layouts).find(([path]) => nameOf(path) === layoutName)?.[1].default
  const app = createSSRApp({
    render: () => (layout
      ? h(layout, null, {
          default: () => h(body),
        })
      : h(body)),
  })
  for (const [path, mod] of Object.entries(components))
    app.component(nameOf(path), mod.default)
  for (const name of [
    'click',
    'clicks',
    'after',
    'click-hide',
  ]) {
    app.directive(name, {
      getSSRProps: () => ({}),
    })
  }
  app.component('Link', defineComponent({
    render() {
      return h('a', this.$slots.default?.())
    },
  }))
  const html = await renderToString(app)
  const stage = textOf(html, HIDDEN_ON_STAGE)
  // The page's text (caveats, full labels) counts as evidence for a headline's numbers, as the slide walk counts it.
  const page = textOf(html, HIDDEN_ON_PAGE)
  return {
    headline: stage.headline,
    text: stage.text,
    evidence: page.text.replace(page.headline, ' '),
  }
}

function textOf(html: string, hidden: string): { headline: string, text: string } {
  const window = new Window()
  const doc = window.document
  doc.body.innerHTML = html
  doc.querySelectorAll(hidden).forEach(el => el.remove())
  const headline = doc.querySelector('h1')?.textContent?.trim() ?? ''
  // Words on either side of a block or a line break are separate words ("<b>Washington</b><br>2022 rule").
  for (const br of doc.querySelectorAll('br'))
    br.replaceWith(doc.createTextNode(' '))
  for (const block of doc.querySelectorAll('p, li, td, th, h1, h2, h3, div, text, figcaption, span')) {
    block.prepend(doc.createTextNode(' '))
    block.append(doc.createTextNode(' '))
  }
  const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim()
  void window.happyDOM.close()
  return { headline, text }
}

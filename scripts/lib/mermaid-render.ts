import type { MermaidConfig } from 'mermaid'
import type { Browser, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fonts } from '../../styles/tokens.ts'
import { CJK_CHARACTERS, cjkSourcePath, FONT_WEIGHTS, INTER_WEIGHTS, interSourcePath } from './deck-font.ts'
import { EDGE_ROUND } from './diagram-source.ts'
import { launchChromium } from './launch-chromium.ts'

/** Mermaid could not parse the diagram; the message is mermaid's own. */
export class DiagramSyntaxError extends Error {
  override name = 'DiagramSyntaxError'
}

export interface DrawnDiagram {
  svg: string
  /** Natural size in CSS px at the deck's label size (the SVG's viewBox). */
  width: number
  height: number
}

export interface MermaidRenderer {
  draw: (code: string, domId: string) => Promise<DrawnDiagram>
  close: () => Promise<void>
}

/** Extra width for every diagram label box, so another engine's wider text metrics never clip a label. */
export const LABEL_SLACK_PX = 10

const ORIGIN = 'http://diagrams.deck.invalid'
const require = createRequire(import.meta.url)

/** Files the drawing page may load: mermaid's browser bundle and the deck's own fonts (full, not subset: same metrics). */
function pageFiles(): Map<string, { path: string, type: string }> {
  const files = new Map<string, { path: string, type: string }>()
  files.set('/mermaid.js', {
    path: require.resolve('mermaid/dist/mermaid.min.js'),
    type: 'text/javascript',
  })
  for (const weight of INTER_WEIGHTS) {
    files.set(`/inter-${weight}.woff2`, {
      path: interSourcePath(weight),
      type: 'font/woff2',
    })
  }
  for (const weight of FONT_WEIGHTS) {
    files.set(`/cjk-${weight}.ttf`, {
      path: cjkSourcePath(weight),
      type: 'font/ttf',
    })
  }
  return files
}

function pageHtml(): string {
  const faces = [
    ...INTER_WEIGHTS.map(w => `@font-face{font-family:"Inter";font-weight:${w};src:url(/inter-${w}.woff2) format("woff2")}`),
    ...FONT_WEIGHTS.map(w => `@font-face{font-family:"Deck CJK";font-weight:${w};src:url(/cjk-${w}.ttf) format("truetype")}`),
  ].join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${faces}
body{margin:0;font-family:${fonts.sans}}</style><script src="/mermaid.js"></script></head><body></body></html>`
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage()
  const files = pageFiles()
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin === ORIGIN && url.pathname === '/') {
      await route.fulfill({
        contentType: 'text/html',
        body: pageHtml(),
      })
      return
    }
    const file = url.origin === ORIGIN
      ? files.get(url.pathname)
      : undefined
    if (!file) {
      await route.abort()
      return
    }
    await route.fulfill({ contentType: file.type, body: await readFile(file.path) })
  })
  await page.goto(`${ORIGIN}/`)
  // Load every face before the first measurement, so label boxes are sized in the deck's font, never a fallback.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map(face => face.load()))
  })
  return page
}

/**
 * Draws mermaid diagrams in a headless Chromium with the deck's fonts, so labels are measured exactly as they
 * will be shown. Draws one diagram at a time (mermaid keeps global state).
 */
export async function openMermaidRenderer(config: MermaidConfig): Promise<MermaidRenderer> {
  const browser = await launchChromium()
  let page: Page
  try {
    page = await openPage(browser)
  }
  catch (error) {
    await browser.close()
    throw error
  }
  let queue: Promise<unknown> = Promise.resolve()
  const drawNow = async (code: string, domId: string): Promise<DrawnDiagram> => {
    const result = await page.evaluate(async ({ code, domId, config, cjkCharacters, labelSlack, roundPattern }) => {
      const mermaid = (globalThis as unknown as { mermaid: typeof import('mermaid').default }).mermaid
      mermaid.initialize({ ...config, startOnLoad: false })
      try {
        await mermaid.parse(code)
      }
      catch (error) {
        return {
          error: String((error as Error).message ?? error),
        }
      }
      const { svg } = await mermaid.render(domId, code)
      const holder = document.createElement('div')
      holder.innerHTML = svg
      // Chinese in labels is marked as Chinese, so screen readers switch voice and the lang check holds.
      const labelText = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT, {
        acceptNode: node => node.parentElement?.closest('style, title, desc')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
      })
      const chineseRun = new RegExp(`[${cjkCharacters}]+`, 'g')
      const texts: Text[] = []
      for (let node = labelText.nextNode(); node; node = labelText.nextNode())
        texts.push(node as Text)
      for (const text of texts) {
        const value = text.data
        if (!chineseRun.test(value))
          continue
        chineseRun.lastIndex = 0
        const parts = document.createDocumentFragment()
        let last = 0
        for (const match of value.matchAll(chineseRun)) {
          parts.append(value.slice(last, match.index))
          const span = document.createElement('span')
          span.lang = 'zh-Hans'
          span.textContent = match[0]
          parts.append(span)
          last = match.index + match[0].length
        }
        parts.append(value.slice(last))
        text.replaceWith(parts)
      }
      // Label boxes are sized with Chromium's text metrics; WebKit's text runs 1–6 px wider and its foreignObject
      // clips ("2019–20" read "2019–2"). Widen every label box by a margin that stays inside the node's padding and
      // centre the text in it, so no engine's metrics can cut a label.
      for (const box of holder.querySelectorAll('foreignObject')) {
        const width = Number(box.getAttribute('width'))
        if (!width)
          continue
        box.setAttribute('width', String(width + labelSlack))
        box.setAttribute('x', String(Number(box.getAttribute('x') ?? 0) - labelSlack / 2))
        const label = box.firstElementChild as HTMLElement | null
        if (label) {
          // mermaid's table-cell shrinks to its text, so text-align could not centre it: a block fills the box.
          label.style.display = 'block'
          label.style.width = '100%'
          label.style.textAlign = 'center'
        }
      }
      // Edges named `r2…@` belong to round 2: the edge and its label carry data-round="2", which
      // DiagramSvg hides until that step (pages/ tell a loop round by round).
      // A label's round lines (`{round N: …}` spans) are a list, a line each: each becomes its own block and the
      // line breaks around it go, which keeps the label's size (mermaid measured the same lines).
      for (const line of holder.querySelectorAll<HTMLElement>('span[data-round]')) {
        line.style.display = 'block'
        for (const next of [line.previousSibling, line.nextSibling]) {
          if (next?.nodeName === 'BR')
            next.remove()
        }
      }
      for (const part of holder.querySelectorAll('[data-id]')) {
        const round = new RegExp(roundPattern).exec(part.getAttribute('data-id') ?? '')
        if (round)
          part.setAttribute('data-round', round[1])
      }
      const drawn = holder.querySelector('svg')!
      const viewBox = drawn.viewBox.baseVal
      return { svg: drawn.outerHTML, width: viewBox.width, height: viewBox.height }
    }, {
      code,
      domId,
      config,
      cjkCharacters: CJK_CHARACTERS,
      labelSlack: LABEL_SLACK_PX,
      roundPattern: EDGE_ROUND.source,
    })
    if ('error' in result)
      throw new DiagramSyntaxError(result.error)
    return result
  }
  return {
    draw(code, domId) {
      const drawing = queue.then(() => drawNow(code, domId))
      queue = drawing.catch(() => undefined)
      return drawing
    },
    close: () => browser.close(),
  }
}

import type { Plugin } from 'vite'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { defineConfig } from 'vite'
import { readDeckConfig } from './deck.config.ts'
import { writeDeckFonts } from './scripts/lib/deck-font.ts'
import { noteBudgetSeconds, parseDuration, readSlides } from './scripts/lib/deck-info.ts'
import { availableDownloads } from './scripts/lib/downloads.ts'
import { exportDir } from './scripts/lib/export-dir.ts'
import { OG_IMAGE, OG_VIEWPORT } from './scripts/lib/og-image.ts'
import { deckDevGuard } from './scripts/present/dev-guard.ts'
import { leanClient } from './scripts/site/lean-client.ts'

/** Keeps styles/generated/deck-cjk-*.woff2 in step with the characters the deck uses, in dev, build and export. */
function deckFonts(): Plugin {
  const root = import.meta.dirname
  let pending: Promise<unknown> | undefined
  const refresh = () => (pending ??= writeDeckFonts(root).finally(() => (pending = undefined)))
  return {
    name: 'deck-fonts',
    async buildStart() {
      await refresh()
    },
    async handleHotUpdate({ file }) {
      if (/\.(?:md|vue|ts)$/.test(file) && !file.includes('/styles/generated/'))
        await refresh()
    },
  }
}

/**
 * npm run dev: the design tokens become CSS variables when UnoCSS starts, so an edit to styles/tokens.ts shows only
 * after a restart. Say so, in the terminal and in the dev notice on the slide (components/DevStageNotice.vue).
 */
function tokensNeedRestart(): Plugin {
  const started = String(Date.now())
  return {
    name: 'deck-tokens-restart',
    apply: 'serve',
    // The page reloads after the edit: the notice keeps the message for this run of the server only.
    config: () => ({
      define: {
        __DECK_DEV_START__: JSON.stringify(started),
      },
    }),
    handleHotUpdate({ file, server }) {
      if (file.endsWith('/styles/tokens.ts')) {
        server.config.logger.warn('[deck] styles/tokens.ts changed: restart npm run dev to see the new tokens.')
        server.ws.send({
          type: 'custom',
          event: 'deck:restart-needed',
          data: { file: 'styles/tokens.ts' },
        })
      }
    },
  }
}

/** A virtual module `virtual:<name>` whose default export is the JSON value `value()` returns at build time. */
function virtualJson(name: string, value: () => unknown | Promise<unknown>): Plugin {
  const id = `virtual:${name}`
  return {
    name,
    enforce: 'pre',
    resolveId: source => (source === id
      ? `\0${id}`
      : undefined),
    load: async resolved => (resolved === `\0${id}`
      ? `export default ${JSON.stringify(await value())}`
      : undefined),
  }
}

/** `virtual:deck-qr`: the QR code of DECK_URL as an SVG string, made at build time (no runtime library). */
function deckQrCode(url: string): Plugin {
  return virtualJson('deck-qr', async () => ({
    url,
    svg: await QRCode.toString(url, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 0,
      color: { dark: '#000000', light: '#ffffff' },
    }),
  }))
}

/** `virtual:deck-downloads`: the exported PDFs this build links to (copied into the site by scripts/build.ts). */
function deckDownloads(): Plugin {
  return virtualJson('deck-downloads', () => availableDownloads(exportDir()))
}

/**
 * `virtual:deck-budgets`: the talk's slot and each slide's budget in seconds (the `[time N s]` opening its note; 0 without one), for
 * the presenter's pacing (components/PacingStatus.vue). Read at start-up: restart `npm run dev` after changing one.
 */
function deckBudgets(): Plugin {
  return virtualJson('deck-budgets', async () => {
    const slides = await readSlides()
    return {
      slot: parseDuration(slides[0]?.frontmatter.duration),
      slides: slides.map(slide => ({
        budget: noteBudgetSeconds(slide.note) ?? 0,
        title: slide.title,
      })),
    }
  })
}

/** Link previews and canonical URL: absolute, from DECK_URL, so they work wherever the deck is hosted. */
function deckMetaTags(url: string): Plugin {
  return {
    name: 'deck-meta-tags',
    transformIndexHtml: () => {
      const meta = (key: 'property' | 'name', name: string, content: string) => ({
        tag: 'meta',
        attrs: { [key]: name, content },
        injectTo: 'head' as const,
      })
      const image = `${url}${OG_IMAGE}`
      return [
        {
          tag: 'link',
          attrs: { rel: 'canonical', href: url },
          injectTo: 'head' as const,
        },
        meta('property', 'og:url', url),
        meta('property', 'og:type', 'website'),
        meta('property', 'og:image', image),
        meta('property', 'og:image:width', String(OG_VIEWPORT.width)),
        meta('property', 'og:image:height', String(OG_VIEWPORT.height)),
        meta('name', 'twitter:card', 'summary_large_image'),
        meta('name', 'twitter:image', image),
      ]
    },
  }
}

/**
 * Swaps some of Slidev's internal components for the project's copies in overrides/, only where the named Slidev file
 * imports them, so nothing else changes: a fixed menu button, and the play page's navigation bar and dialogs
 * rendered once the first slide is up (start-up work, issue 16).
 */
function slidevOverrides(client: 'lean' | 'stock'): Plugin {
  const own = (file: string) => join(import.meta.dirname, 'overrides', file)
  const overrides: Array<{ importer: string, source: string, file: string }> = [
    {
      importer: '/@slidev/client/internals/',
      source: './MenuButton.vue',
      file: own('MenuButton.vue'),
    },
  ]
  if (client === 'lean') {
    overrides.push({
      importer: '/@slidev/client/pages/play.vue',
      source: '../internals/NavControls.vue',
      file: own('NavControls.ts'),
    }, {
      importer: '/@slidev/client/pages/play.vue',
      source: '../internals/Controls.vue',
      file: own('Controls.ts'),
    })
  }
  return {
    name: 'deck-slidev-overrides',
    enforce: 'pre',
    resolveId: (source, importer) => overrides.find(o => o.source === source && importer?.includes(o.importer))?.file,
  }
}

const deck = readDeckConfig()

export default defineConfig({
  define: {
    __DECK_URL__: JSON.stringify(deck.url),
    __DECK_RELAY__: JSON.stringify(deck.relay),
  },
  plugins: [
    slidevOverrides(deck.client),
    ...(deck.client === 'lean'
      ? [
          leanClient(import.meta.dirname),
        ]
      : []),
    deckDevGuard(),
    deckFonts(),
    tokensNeedRestart(),
    deckQrCode(deck.url),
    deckDownloads(),
    deckBudgets(),
    deckMetaTags(deck.url),
  ],
})

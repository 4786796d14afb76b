import type { Plugin } from 'vite'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { defineConfig } from 'vite'
import { readDeckConfig } from './deck.config.ts'
import { writeDeckFonts } from './scripts/lib/deck-font.ts'
import { availableDownloads } from './scripts/lib/downloads.ts'
import { exportDir } from './scripts/lib/export-dir.ts'
import { OG_IMAGE, OG_VIEWPORT } from './scripts/lib/og-image.ts'
import { deckDevGuard } from './scripts/present/dev-guard.ts'

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
 * Swaps one of Slidev's internal components for the project's fixed copy in overrides/: the import is resolved to
 * our file only when Slidev's NavControls asks for it, so nothing else changes.
 */
function slidevOverrides(): Plugin {
  const overrides: Record<string, string> = {
    './MenuButton.vue': join(import.meta.dirname, 'overrides/MenuButton.vue'),
  }
  return {
    name: 'deck-slidev-overrides',
    enforce: 'pre',
    resolveId: (source, importer) => (importer?.includes('/@slidev/client/internals/') && source in overrides
      ? overrides[source]
      : undefined),
  }
}

const deck = readDeckConfig()

export default defineConfig({
  define: {
    __DECK_URL__: JSON.stringify(deck.url),
  },
  plugins: [
    slidevOverrides(),
    deckDevGuard(),
    deckFonts(),
    deckQrCode(deck.url),
    deckDownloads(),
    deckMetaTags(deck.url),
  ],
})

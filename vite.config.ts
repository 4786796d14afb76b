import type { Plugin } from 'vite'
import QRCode from 'qrcode'
import { defineConfig } from 'vite'
import { readDeckConfig } from './deck.config.ts'
import { writeDeckFonts } from './scripts/lib/deck-font.ts'

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

/** `virtual:deck-qr`: the QR code of DECK_URL as an SVG string, made at build time. */
function deckQrCode(url: string): Plugin {
  const id = 'virtual:deck-qr'
  return {
    name: 'deck-qr',
    enforce: 'pre',
    resolveId: source => (source === id
      ? `\0${id}`
      : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`)
        return undefined
      const svg = await QRCode.toString(url, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 0,
        color: { dark: '#000000', light: '#ffffff' },
      })
      return `export default ${JSON.stringify({ url, svg })}`
    },
  }
}

const deck = readDeckConfig()

export default defineConfig({
  define: {
    __DECK_URL__: JSON.stringify(deck.url),
  },
  plugins: [
    deckFonts(),
    deckQrCode(deck.url),
  ],
})

import type { Plugin } from 'vite'
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

const deck = readDeckConfig()

export default defineConfig({
  define: {
    __DECK_URL__: JSON.stringify(deck.url),
  },
  plugins: [
    deckFonts(),
  ],
})

/// <reference types="vite/client" />
/// <reference types="@slidev/types/client" />
/// <reference path="./node_modules/@slidev/client/shim.d.ts" />
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />

/** Public URL of the hosted deck, injected by vite.config.ts from deck.config.ts. */
declare const __DECK_URL__: string
/** True in the presenting build only (deck.config.ts DECK_RELAY): the deck joins the presenting relay. */
declare const __DECK_RELAY__: boolean
/** npm run dev only: when this run of the dev server started (vite.config.ts, tokensNeedRestart). */
declare const __DECK_DEV_START__: string

// Compile-time flags Slidev's client code reads (its Vite config defines them at build time).
declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean

declare module 'virtual:deck-qr' {
  const qr: { url: string, svg: string }
  export default qr
}

declare module 'virtual:deck-budgets' {
  /** The talk's slot in seconds (headmatter `duration`) and each slide's budget in seconds and title. */
  const budgets: { slot: number, slides: Array<{ budget: number, title: string }> }
  export default budgets
}

declare module 'virtual:deck-downloads' {
  const downloads: Array<{ file: string, label: string, href: string }>
  export default downloads
}

/// <reference types="vite/client" />
/// <reference types="@slidev/types/client" />

/** Public URL of the hosted deck, injected by vite.config.ts from deck.config.ts. */
declare const __DECK_URL__: string

import type { ComponentInternalInstance } from 'vue'
import { addSyncMethod } from '@slidev/client/state/syncState.ts'
import { defineAppSetup } from '@slidev/types'
import { relaySync, relayUrl } from './relay-sync.ts'
import { retryAfterGesture } from './wake-lock.ts'

/** The slide number of the component that failed, found through Slidev's SlideWrapper (`route` prop). */
export function slideNumberOf(instance: ComponentInternalInstance | null): number | undefined {
  for (let node = instance; node; node = node.parent) {
    const route = (node.props as { route?: { no?: unknown } }).route
    if (typeof route?.no === 'number')
      return route.no
  }
  return undefined
}

/**
 * A component that throws must not take the deck down, and whoever reads the console must learn which slide
 * to fix: errors are logged as "[deck] slide N: …". The screen wake lock waits for a gesture where the browser
 * demands one (setup/wake-lock.ts). In the presenting build the deck joins the presenting relay (setup/relay-sync.ts).
 */
export default defineAppSetup(({ app }) => {
  // A deck built without this project's vite.config.ts (the fault fixture re-exports this setup) has no flag at all.
  if (typeof __DECK_RELAY__ !== 'undefined' && __DECK_RELAY__)
    addSyncMethod(relaySync(relayUrl(location, import.meta.env.BASE_URL), url => new WebSocket(url)))
  if (typeof navigator !== 'undefined' && 'wakeLock' in navigator && navigator.wakeLock)
    retryAfterGesture(Object.getPrototypeOf(navigator.wakeLock) as Parameters<typeof retryAfterGesture>[0], window)
  app.config.errorHandler = (error, instance, info) => {
    const no = slideNumberOf(instance?.$ ?? null)
    const message = error instanceof Error
      ? error.message
      : String(error)
    console.error(`[deck] slide ${no ?? '?'}: ${message} (during ${info})`)
  }
})

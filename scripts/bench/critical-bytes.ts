import type { Browser } from 'playwright-core'

export interface FetchedResource {
  url: string
  type: string
  /** Bytes on the wire (compressed body plus headers), as Chromium's network layer counts them. */
  transferred: number
}

export interface CriticalLoad {
  resources: FetchedResource[]
  totalBytes: number
}

/**
 * Everything fetched from navigation to `url` until `settleMs` after the load event, with service workers
 * blocked, measured through the DevTools protocol.
 */
export async function measureCriticalLoad(browser: Browser, url: string, settleMs = 2000): Promise<CriticalLoad> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const requests = new Map<string, { url: string, type: string }>()
  const resources: FetchedResource[] = []
  cdp.on('Network.requestWillBeSent', e => requests.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' }))
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId)
    if (request)
      resources.push({ ...request, transferred: e.encodedDataLength })
  })
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForTimeout(settleMs)
  await context.close()
  return {
    resources,
    totalBytes: resources.reduce((sum, r) => sum + r.transferred, 0),
  }
}

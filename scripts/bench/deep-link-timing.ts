import type { Browser } from 'playwright-core'

/** Milliseconds from navigation start until `selector` inside slide `no` is visible, with a cold cache. */
export async function deepLinkTime(browser: Browser, deckUrl: string, no: number, selector: string): Promise<number> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  })
  try {
    const page = await context.newPage()
    await page.goto(`${deckUrl}${no}`, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(({ no, selector }) => {
      const target = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${no} ${selector}`)
      return target && target.checkVisibility() && target.getBoundingClientRect().width > 0
        ? performance.now()
        : false
    }, { no, selector }, { polling: 'raf', timeout: 30_000 })
    return await handle.jsonValue() as number
  }
  finally {
    await context.close()
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[mid]
    : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median deep-link time of each target over `runs` cold loads, interleaved so drift hits all targets alike. */
export async function compareDeepLinks(browser: Browser, deckUrl: string, targets: Array<{ no: number, selector: string }>, runs = 5): Promise<number[]> {
  const times = targets.map(() => [] as number[])
  for (let run = 0; run < runs; run++) {
    for (const [i, target] of targets.entries())
      times[i].push(await deepLinkTime(browser, deckUrl, target.no, target.selector))
  }
  return times.map(median)
}

import { launchChromium } from './launch-chromium.ts'
import { serveStatic } from './static-server.ts'

export const OG_IMAGE = 'og-image.png'
export const OG_VIEWPORT = { width: 1200, height: 675 }

/** Screenshots slide 1 of a built deck (served under its base) with the system Chromium, for link previews. */
export async function renderTitleSlide(dir: string, base: string, target: string): Promise<void> {
  const server = await serveStatic(dir, base)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: OG_VIEWPORT, colorScheme: 'light', serviceWorkers: 'block' })
    await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
    await page.evaluate(async () => {
      await Promise.all([...document.fonts].map(face => face.load().catch(() => undefined)))
      await document.fonts.ready
    })
    await page.locator('#slideshow .slidev-page-1').screenshot({ path: target })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

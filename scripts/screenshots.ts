/**
 * Looks at the deck: screenshots every slide at its final click step, in light and dark, from a build served
 * under its base path. node scripts/screenshots.ts <built-dir> <out-dir> [slides e.g. 1,4-6]
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readDeckConfig } from '../deck.config.ts'
import { countSlides } from './lib/deck-info.ts'
import { launchChromium } from './lib/launch-chromium.ts'
import { serveStatic } from './lib/static-server.ts'
import { runMain } from './lib/user-error.ts'

function parseRange(spec: string | undefined, total: number): number[] {
  if (!spec)
    return Array.from({ length: total }, (_, i) => i + 1)
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number)
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i)
  })
}

await runMain(async () => {
  const [dir = 'dist', out = '.cache/screenshots', range] = process.argv.slice(2)
  const { base } = readDeckConfig()
  const server = await serveStatic(dir, base)
  const browser = await launchChromium()
  await mkdir(out, { recursive: true })
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 720 },
        colorScheme: scheme,
      })
      for (const no of parseRange(range, await countSlides())) {
        await page.goto(`${server.url}${no}?clicks=99`, { waitUntil: 'networkidle' })
        await page.waitForTimeout(400)
        await page.locator(`#slideshow .slidev-page-${no}`).screenshot({
          path: join(out, `${String(no).padStart(2, '0')}-${scheme}.png`),
        })
      }
      await page.close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  console.log(`Screenshots in ${out}`)
})

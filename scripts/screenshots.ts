/**
 * Looks at the deck: screenshots slides in light and dark, from a build served under its base path or from a
 * running dev server. node scripts/screenshots.ts <built-dir | http://…> <out-dir> [slides] [--viewport WxH] [--grayscale]
 * Slides: "1,4-6" at their final click step; "17@2" for slide 17 at click 2.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readDeckConfig } from '../deck.config.ts'
import { countSlides } from './lib/deck-info.ts'
import { launchChromium } from './lib/launch-chromium.ts'
import { serveStatic } from './lib/static-server.ts'
import { runMain, UserError } from './lib/user-error.ts'

interface Shot { no: number, clicks: number }

function parseShots(spec: string | undefined, total: number): Shot[] {
  if (!spec)
    return Array.from({ length: total }, (_, i) => ({ no: i + 1, clicks: 99 }))
  return spec.split(',').flatMap((part) => {
    const [range, at] = part.split('@')
    const [a, b] = range.split('-').map(Number)
    if (!Number.isInteger(a) || (b !== undefined && !Number.isInteger(b)))
      throw new UserError(`Cannot read the slide list "${spec}": use numbers and ranges such as 1,4-6 or 17@2.`)
    return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => ({
      no: a + i,
      clicks: at === undefined
        ? 99
        : Number(at),
    }))
  })
}

await runMain(async () => {
  const args = process.argv.slice(2)
  const flag = (name: string) => {
    const i = args.indexOf(name)
    return i < 0
      ? undefined
      : args.splice(i, 2)[1]
  }
  const viewport = flag('--viewport') ?? '1280x720'
  const grayscale = args.includes('--grayscale')
  const [dir = 'dist', out = '.cache/screenshots', range] = args.filter(a => a !== '--grayscale')
  const [width, height] = viewport.split('x').map(Number)
  const { base } = readDeckConfig()
  const usage = 'node scripts/screenshots.ts <built-dir | http://…> <out-dir> [slides, e.g. 1,4-6 or 17@2] [--viewport 1920x1080] [--grayscale]'
  if (args.includes('--help'))
    throw new UserError(`Usage: ${usage}`)
  if (!/^https?:\/\//.test(dir) && !existsSync(dir))
    throw new UserError(`No build at "${dir}": build one with npm run build, or pass a dev server's URL. Usage: ${usage}`)
  const server = /^https?:\/\//.test(dir)
    ? undefined
    : await serveStatic(dir, base)
  const url = server?.url ?? dir.replace(/\/?$/, '/')
  const browser = await launchChromium()
  await mkdir(out, { recursive: true })
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: { width, height },
        colorScheme: scheme,
      })
      for (const { no, clicks } of parseShots(range, await countSlides())) {
        await page.goto(`${url}${no}?clicks=${clicks}`, { waitUntil: 'networkidle' })
        if (grayscale)
          await page.addStyleTag({ content: 'html { filter: grayscale(1) }' })
        await page.waitForTimeout(600)
        const suffix = clicks === 99
          ? ''
          : `@${clicks}`
        await page.locator(`#slideshow .slidev-page-${no}`).screenshot({
          path: join(out, `${String(no).padStart(2, '0')}${suffix}-${scheme}${grayscale ? '-grey' : ''}.png`),
        })
      }
      await page.close()
    }
  }
  finally {
    await browser.close()
    await server?.close()
  }
  console.log(`Screenshots in ${out}`)
})

import type { StaticServer } from '../../scripts/lib/static-server.ts'
import { expect, test } from '@playwright/test'
import { TEST_BASE } from '../../deck.config.ts'
import { readSlides } from '../../scripts/lib/deck-info.ts'
import { serveStatic } from '../../scripts/lib/static-server.ts'
import { TEST_BUILDS } from './paths.ts'
import { settle } from './walk.ts'

let server: StaticServer
test.beforeAll(async () => {
  server = await serveStatic(TEST_BUILDS.public, TEST_BASE)
})
test.afterAll(() => server.close())

test('keyboard only: the KV-cache calculator is reachable and operable, focus is visible, and PageDown still moves on', async ({ page }) => {
  const slides = await readSlides()
  const slide = slides.find(s => s.content.includes('<KvCacheCalculator'))!
  await page.goto(`${server.url}${slide.no}`)
  await settle(page, slide.no)
  const input = page.locator(`#slideshow .slidev-page-${slide.no} [data-testid="kv-calculator"] input[inputmode]`)
  for (let i = 0; i < 40 && !(await input.evaluate(el => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(input).toBeFocused()
  expect(await input.evaluate(el => getComputedStyle(el).outlineStyle)).not.toBe('none')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('32k')
  await expect(page.locator(`#slideshow .slidev-page-${slide.no} tbody tr`).first()).toContainText('2.3 GB')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator(`#slideshow .slidev-page-${slide.no} tbody tr`).first()).toContainText('0.288 GB')
  await input.focus()
  await page.keyboard.press('PageDown')
  await expect(page).toHaveURL(new RegExp(`/${slide.no + 1}(\\?|$)`))
  await page.keyboard.press('PageUp')
  await expect(page).toHaveURL(new RegExp(`/${slide.no}(\\?|$)`))
})

test('the clicker keeps working after the speaker touches the calculator: a clicked preset or a focused field never swallows the keys', async ({ page }) => {
  const slides = await readSlides()
  const slide = slides.find(s => s.content.includes('<KvCacheCalculator'))!
  const at = (no: number) => new RegExp(`/${no}(\\?|$)`)
  await page.goto(`${server.url}${slide.no}`)
  await settle(page, slide.no)
  await page.locator(`#slideshow .slidev-page-${slide.no} [data-testid="kv-calculator"] button`).first().click()
  await page.keyboard.press('PageDown')
  await expect(page, 'PageDown after clicking a preset').toHaveURL(at(slide.no + 1))
  await page.keyboard.press('ArrowLeft')
  await expect(page, 'ArrowLeft afterwards').toHaveURL(at(slide.no))
  await settle(page, slide.no)
  await page.locator(`#slideshow .slidev-page-${slide.no} [data-testid="kv-calculator"] input[inputmode]`).focus()
  await page.keyboard.press('PageDown')
  await expect(page, 'PageDown from the focused field').toHaveURL(at(slide.no + 1))
  for (const key of [
    'ArrowRight',
    'ArrowLeft',
    'PageUp',
    'PageDown',
  ]) {
    const before = page.url()
    await page.keyboard.press(key)
    await expect(page, `${key} after leaving the field must move the deck`).not.toHaveURL(before)
  }
})

test('prefers-reduced-motion: slides change with no transition or animation running', async ({ browser }) => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  const slides = await readSlides()
  const moe = slides.find(s => s.content.includes('<MoeRouter'))!
  for (const start of [3, moe.no]) {
    await page.goto(`${server.url}${start}`)
    await settle(page, start)
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(30)
    const running = await page.evaluate(() => document.getAnimations().filter(a => a.playState === 'running').length)
    expect(running, `animations running after → from slide ${start}`).toBe(0)
  }
  await context.close()
})

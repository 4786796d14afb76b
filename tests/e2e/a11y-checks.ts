import type { SlideInfo } from '../../scripts/lib/deck-info.ts'
import type { Problem, StepCheck } from './walk.ts'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { slideAnnouncement } from '../../components/slide-announcement.ts'
import { axeViolations } from '../browsers/probes.ts'

/** axe-core, put into the page once and run at every step (@axe-core/playwright injected it anew each time: 1 s a step). */
const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/

/** Accessibility checks the slide walk runs at every step (light or dark, as the page is). */
export function accessibilityChecks(slides: SlideInfo[]): StepCheck[] {
  const titles = new Map(slides.map(s => [s.no, s.title]))
  const axe: StepCheck = async (page, step) => {
    const loaded = await page.evaluate(() => 'axe' in window)
    // Serious and critical only, with no exclusions: the deck's own controls and Slidev's UI around them must pass
    // (overrides/MenuButton.vue).
    const found = await page.evaluate(axeViolations, loaded
      ? ''
      : await AXE_SOURCE)
    return found.map(detail => ({ ...step, kind: 'accessibility', detail }) as Problem)
  }
  const structure: StepCheck = async (page, step) => {
    const facts = await page.evaluate((no) => {
      const live = document.querySelector('[data-testid="live-region"]')
      const mains = [
        ...document.querySelectorAll('main, [role="main"]'),
      ].filter(m => (m as HTMLElement).checkVisibility())
      const root = document.querySelector(`#slideshow .slidev-page-${no}`)
      const heading = root?.querySelector('h1, h2, [role="heading"]')?.textContent?.trim() ?? ''
      const unmarked: string[] = []
      if (root) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (/[\u3400-\u9FFF\uF900-\uFAFF]/.test(node.textContent ?? '') && !node.parentElement?.closest('[lang^="zh"]'))
            unmarked.push((node.textContent ?? '').trim().slice(0, 20))
        }
      }
      return {
        live: live?.textContent?.trim() ?? '',
        liveAttr: live?.getAttribute('aria-live'),
        mains: mains.length,
        heading,
        unmarked,
        lang: document.documentElement.lang,
      }
    }, step.slide)
    const problems: Problem[] = []
    const clicksTotal = await page.locator(`#slideshow .slidev-page-${step.slide} .slidev-vclick-target`).count()
    const expected = slideAnnouncement(step.slide, slides.length, titles.get(step.slide) ?? '', step.click, clicksTotal)
    if (facts.liveAttr !== 'polite' || !facts.live.startsWith(expected.split(',')[0]))
      problems.push({ ...step, kind: 'accessibility', detail: `live region says "${facts.live}", expected "${expected}"` })
    if (facts.mains !== 1)
      problems.push({ ...step, kind: 'accessibility', detail: `${facts.mains} main landmarks (want exactly 1)` })
    if (!facts.heading)
      problems.push({ ...step, kind: 'accessibility', detail: 'the slide has no heading' })
    if (facts.lang !== 'en')
      problems.push({ ...step, kind: 'accessibility', detail: `document lang is "${facts.lang}", expected "en"` })
    for (const text of facts.unmarked.filter(t => CJK.test(t)))
      problems.push({ ...step, kind: 'accessibility', detail: `Chinese text "${text}" is not marked lang="zh"` })
    return problems
  }
  return [structure, axe]
}

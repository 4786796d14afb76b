import type { SlideInfo } from '../lib/deck-info.ts'
import { readDeckConfig } from '../../deck.config.ts'
import { accessibilityChecks } from '../../tests/e2e/a11y-checks.ts'
import { chartChecks } from '../../tests/e2e/chart-checks.ts'
import { diagramChecks } from '../../tests/e2e/diagram-checks.ts'
import { slideRoles, stageChecks } from '../../tests/e2e/stage-checks.ts'
import { formatProblem, walkSlides } from '../../tests/e2e/walk.ts'
import { routeAliases } from '../lib/deck-info.ts'
import { launchChromium } from '../lib/launch-chromium.ts'
import { serveStatic } from '../lib/static-server.ts'
import { ensurePresentBuild } from '../present/speaker-build.ts'

/**
 * The browser rules for a few slides (read size, diagram fit, contrast, balance, charts, axe), in light and dark at
 * 1920 × 1080, on the presenting build: made once, and remade only when the deck changed. True when all pass.
 */
export async function checkInBrowser(slides: SlideInfo[], nos: number[]): Promise<boolean> {
  const started = performance.now()
  const build = await ensurePresentBuild(line => console.log(line))
  const { base } = readDeckConfig()
  const server = await serveStatic(build.dir, base)
  const browser = await launchChromium()
  let failures = 0
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        colorScheme,
        serviceWorkers: 'block',
        viewport: { width: 1920, height: 1080 },
      })
      const page = await context.newPage()
      const stage = stageChecks(slideRoles(slides))
      const { steps, problems } = await walkSlides(page, server.url, nos, {
        aliases: routeAliases(slides),
        extraChecks: [
          ...accessibilityChecks(slides),
          diagramChecks(slides),
          chartChecks(),
          stage.check,
        ],
      })
      await context.close()
      // The deck-wide rules (one headline position, few sizes in the deck) need every slide: the full walk has them.
      problems.push(...stage.finish().filter(p => !/deck uses|not at the deck's/.test(p.detail)))
      for (const p of problems)
        console.log(`✖ ${formatProblem(p)} [browser, ${colorScheme}]`)
      failures += problems.length
      console.log(`${problems.length ? '✖' : '✔'} ${colorScheme}: ${steps.length} steps of slide${nos.length > 1
        ? 's'
        : ''} ${nos.join(', ')} checked in the browser`)
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  console.log(`browser rules: ${failures} problem${failures === 1
    ? ''
    : 's'} (${((performance.now() - started) / 1000).toFixed(1)} s${build.built
    ? `, of which ${(build.ms / 1000).toFixed(1)} s building`
    : ', build reused'})`)
  return failures === 0
}

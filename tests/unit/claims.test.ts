import type { ClaimData } from '../../scripts/check/claims.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportControlEvents } from '../../data/export-controls.ts'
import { figures } from '../../data/figures.ts'
import { watchList } from '../../data/watch.ts'
import { assertClaimsCurrent } from '../../scripts/build.ts'
import { daysBetween, deckClaims, dueClaims, expiredClaims, uncheckedClaims } from '../../scripts/check/claims.ts'
import { formatFinding } from '../../scripts/check/finding.ts'
import { PROJECT_ROOT, readSlides } from '../../scripts/lib/deck-info.ts'

/** The case that made the rule: the Affiliates Rule said "suspended until 9 Nov 2026" on a talk dated 29 Nov 2026. */
const AS_IT_WAS: ClaimData = {
  figures,
  events: {
    SwimlaneTimeline: exportControlEvents.map(e => (e.title.startsWith('Affiliates Rule')
      ? { ...e, detail: 'Firms 50% owned by listed entities become listed too; after the Trump–Xi deal it is suspended until 9 Nov 2026.', expires: '2026-11-09' }
      : e)),
  },
}

let slides: Awaited<ReturnType<typeof readSlides>>
/** The slide that draws the policy events (the swimlane), wherever the talk puts it. */
const swimlaneSlide = () => slides.find(s => s.content.includes('<SwimlaneTimeline'))!.no
/** The slide that lists what to watch next: every claim with `watch` is on it too. */
const watchSlide = () => slides.find(s => s.content.includes('<WatchNext'))!.no
beforeAll(async () => {
  slides = await readSlides()
})

describe('claims that expire', () => {
  it('the Affiliates Rule as it was fails on the old as-of date, naming the item and its slide', () => {
    const found = expiredClaims(deckClaims(slides, AS_IT_WAS), '2026-11-29')
    expect(found.map(formatFinding)).toEqual([
      expect.stringMatching(new RegExp(`^✖ slide ${swimlaneSlide()}, data event 2025-09-29 Affiliates Rule, then a pause: ".*suspended until 9 Nov 2026\\." stopped being safe to say on 2026-11-09; the talk is as of 2026-11-29 \\(slides ${swimlaneSlide()}, ${watchSlide()}\\) \\[claim-expired\\]\\n {4}→ check what happened since`)),
    ])
  })
  it('and stops the build with one sentence, naming it', async () => {
    await expect(assertClaimsCurrent(`${PROJECT_ROOT}/slides.md`, '2026-11-29', false, AS_IT_WAS)).rejects.toThrow(new RegExp(`^1 fact in data/ expired by the talk's as-of date 2026-11-29: update it \\(npm run facts lists them\\), then build again\\.\\n✖ slide ${swimlaneSlide()}, data event 2025-09-29 Affiliates Rule`))
  })
  it('a ledger entry and a release strip\'s open slot expire too, naming the slides that draw them', () => {
    const found = expiredClaims(deckClaims(slides), '2027-03-05').map(formatFinding)
    const ledgerSlide = slides.find(s => s.content.includes('<EvidenceLedger'))!.no
    const sinceSlide = slides.find(s => s.content.includes('strip="since"'))!.no
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^✖ slide ${ledgerSlide}, data ledger leak no Entity listing: .* stopped being safe to say on 2027-02-04; the talk is as of 2027-03-05 \\(slides ${ledgerSlide}, ${watchSlide()}\\)`)))
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^✖ slide ${sinceSlide}, data strip since R2\\?: "R2\\? No model called R2 as of 4 December 2026`)))
  })
  it('the presenting build only warns', async () => {
    await expect(assertClaimsCurrent(`${PROJECT_ROOT}/slides.md`, '2026-11-29', true, AS_IT_WAS)).resolves.toBeUndefined()
  })
  it('the real data passes on its as-of date', async () => {
    await expect(assertClaimsCurrent(`${PROJECT_ROOT}/slides.md`)).resolves.toBeUndefined()
  })
  it('an as-of date later than a live claim\'s last check fails', () => {
    const found = uncheckedClaims(deckClaims(slides), slides, '2027-01-10')
    expect(found.length).toBeGreaterThan(0)
    expect(found[0].rule).toBe('as-of-after-check')
    expect(found[0].remedy).toMatch(/set checked: '2027-01-10'/)
  })
})

describe('npm run facts: what is due', () => {
  it.each([
    ['2026-12-04', '2027-01-04', 31],
    ['2027-01-04', '2027-01-04', 0],
    ['2027-03-01', '2027-01-04', -56],
  ])('from %s to %s is %d days', (a, b, n) => expect(daysBetween(a, b)).toBe(n))
  it('lists what expires within 30 days of a date, and what has expired by then', () => {
    const claims = deckClaims(slides)
    expect(dueClaims(claims, '2026-12-04').map(c => c.id)).not.toContain('event 2025-09-29 Affiliates Rule, then a pause')
    expect(dueClaims(claims, '2026-12-10').map(c => c.id)).toContain('event 2025-09-29 Affiliates Rule, then a pause')
    expect(dueClaims(claims, '2027-03-01').map(c => c.id)).toContain('event 2025-09-29 Affiliates Rule, then a pause')
  })
})

describe('what to watch next', () => {
  it('lists every claim that says what to watch, soonest first, each with an expiry and a question of at most five words', () => {
    const list = watchList()
    const claims = deckClaims(slides).filter(c => c.watch)
    expect(list.map(w => w.watch).sort()).toEqual(claims.map(c => c.watch).sort())
    expect(list.map(w => w.expires)).toEqual(list.map(w => w.expires).sort())
    for (const w of list)
      expect(w.watch.split(/\s+/).length, `"${w.watch}": at most five words on the stage`).toBeLessThanOrEqual(5)
  })
  it('every claim with something to watch has an expiry: the watch list draws it by date', () => {
    for (const c of deckClaims(slides).filter(c => c.watch))
      expect(c.expires, `${c.id} says what to watch but not when`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
  it('puts each watched claim on the "What to watch next" slide as well as its own', () => {
    for (const c of deckClaims(slides).filter(c => c.watch))
      expect(c.slides, c.id).toContain(watchSlide())
  })
})

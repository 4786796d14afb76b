import type { SlidevTimer } from '../../components/timer-sync.ts'
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { pausedTimer, restartedTimer, resumedTimer, timerChange } from '../../components/timer-sync.ts'
import { parseNavMessage } from '../../setup/relay-schema.ts'

function timer(status: SlidevTimer['status'], startedAt: number, pausedAt: number): SlidevTimer {
  return {
    status,
    slides: {},
    startedAt,
    pausedAt,
  }
}
/** Seconds Slidev's timer shows as passed at `now` (its own rule, useTimer.ts). */
function passed(t: SlidevTimer, now: number): number {
  if (t.status === 'stopped' || !t.startedAt)
    return 0
  return ((t.status === 'paused'
    ? t.pausedAt
    : now) - t.startedAt) / 1000
}

describe('the rehearsal\'s pause is the timer\'s pause', () => {
  it.each<[string, SlidevTimer, number, number, SlidevTimer, number]>([
    // what, the timer before, now, the run's active ms → the timer after, seconds it shows
    [
      'a running timer stops where it is',
      timer('running', 1_000, 0),
      61_000,
      55_000,
      timer('paused', 1_000, 61_000),
      60,
    ],
    [
      'a timer never started shows the run\'s active time',
      timer('stopped', 0, 0),
      100_000,
      42_000,
      timer('paused', 58_000, 100_000),
      42,
    ],
    [
      'a paused timer stays as it is',
      timer('paused', 1_000, 31_000),
      90_000,
      80_000,
      timer('paused', 1_000, 31_000),
      30,
    ],
  ])('%s', (_, before, now, active, after, shown) => {
    const paused = pausedTimer(before, now, active)
    expect(paused).toEqual(after)
    expect(passed(paused, now + 120_000), 'a pause of 2 minutes adds nothing').toBe(shown)
  })
  it('pauses in whole milliseconds, which the relay carries (a fraction would close the sender\'s socket)', () => {
    const paused = pausedTimer(timer('stopped', 0, 0), 100_000, 42_000.4)
    expect(parseNavMessage(JSON.stringify({
      type: 'nav',
      page: 1,
      clicks: 0,
      clicksTotal: 0,
      lastUpdate: { id: 'x', type: 'presenter', time: 1 },
      timer: { status: paused.status, startedAt: paused.startedAt, pausedAt: paused.pausedAt },
    }), 1).ok).toBe(true)
  })
  it('gives plain data even from Slidev\'s reactive state, which a BroadcastChannel can post to other tabs', () => {
    const state = reactive(timer('running', 1_000, 0))
    state.slides[3] = { start: 1_000 }
    const after = [
      pausedTimer(state, 5_000, 0),
      resumedTimer(state, 5_000),
    ]
    expect(() => structuredClone(after), 'a Vue proxy inside the timer cannot be cloned, and the failed post stops the relay\'s send').not.toThrow()
    expect(after[0].slides).toEqual({
      3: { start: 1_000 },
    })
  })
  it.each<[string, SlidevTimer, number, SlidevTimer]>([
    [
      'a paused timer runs again, the pause left out',
      timer('paused', 1_000, 61_000),
      181_000,
      timer('running', 121_000, 61_000),
    ],
    [
      'a running timer is left alone',
      timer('running', 1_000, 0),
      5_000,
      timer('running', 1_000, 0),
    ],
    [
      'a stopped timer is left alone',
      timer('stopped', 0, 0),
      5_000,
      timer('stopped', 0, 0),
    ],
  ])('%s', (_, before, now, after) => expect(resumedTimer(before, now)).toEqual(after))
  it('a new run restarts the countdown', () => {
    expect(passed(restartedTimer(10_000), 70_000)).toBe(60)
  })
  it.each<[SlidevTimer['status'] | undefined, SlidevTimer['status'] | undefined, 'pause' | 'resume' | undefined]>([
    ['paused', 'running', 'pause'],
    ['paused', 'stopped', 'pause'],
    ['running', 'paused', 'resume'],
    ['stopped', 'paused', 'resume'],
    ['running', 'stopped', undefined],
    ['stopped', 'running', undefined],
    ['paused', 'paused', undefined],
    ['running', undefined, undefined],
  ])('%s after %s means %s for the run', (status, before, change) => expect(timerChange(status, before)).toBe(change))
})

/**
 * Rehearsal pacing against each slide's budget (the `[time N s]` cue that opens its note). Pure arithmetic over a
 * log of what the speaker did; PacingStatus.vue shows it in the presenter view.
 */

/**
 * One thing that happened in a rehearsal, at `at` ms (any clock, the same for all events of a run): a slide entered,
 * a click step entered on it (`click` steps shown), a pause for a question and its end. A slide or step is left when
 * the next one is entered, or when the run ends.
 */
export type PaceEvent
  = | { at: number, kind: 'enter', slide: number }
    | { at: number, kind: 'step', slide: number, click: number }
    | { at: number, kind: 'pause' }
    | { at: number, kind: 'resume' }

export type PaceState = 'ahead' | 'on time' | 'behind'

export interface Pace {
  slide: number
  /** This slide's budget and the active time spent on it since it was entered, in seconds. */
  budget: number
  spent: number
  /** Seconds behind the plan (negative: ahead): time before this slide against the budgets before it, plus any overrun here. */
  drift: number
  state: PaceState
  paused: boolean
  /** Active seconds since the run began, pauses left out. */
  elapsed: number
  /** Seconds the rest of the talk takes at the pace so far (the remaining budgets scaled by actual ÷ planned). */
  left: number
}

/** Drift within this many seconds either way counts as on time. */
export const ON_TIME_SECONDS = 10

/** Active seconds in total and on the current slide since its last entry; pauses are not counted. */
function activeTimes(events: PaceEvent[], now: number): { total: number, current: number, slide: number, paused: boolean } {
  let total = 0
  let current = 0
  let slide = 0
  let paused = false
  let since: number | undefined
  const stop = (at: number) => {
    if (since !== undefined && !paused) {
      total += (at - since) / 1000
      current += (at - since) / 1000
    }
    since = at
  }
  for (const event of events) {
    stop(event.at)
    if (event.kind === 'enter') {
      slide = event.slide
      current = 0
    }
    else if (event.kind !== 'step') {
      paused = event.kind === 'pause'
    }
  }
  stop(now)
  return { total, current, slide, paused }
}

/**
 * Where the speaker stands against the plan at `now`; `budgets[i]` is slide i + 1's budget in seconds. The plan
 * starts at the slide the run started on ("New run" on slide 12 rehearses from slide 12 on).
 */
export function pace(budgets: number[], events: PaceEvent[], now: number): Pace {
  const { total, current, slide, paused } = activeTimes(events, now)
  const budget = budgets[slide - 1] ?? 0
  const first = events.find(e => e.kind === 'enter')?.slide ?? 1
  const plannedBefore = budgets.slice(first - 1, Math.max(first - 1, slide - 1)).reduce((a, b) => a + b, 0)
  const before = total - current
  const drift = before - plannedBefore + Math.max(0, current - budget)
  const remaining = budgets.slice(slide).reduce((a, b) => a + b, 0) + Math.max(0, budget - current)
  const rate = plannedBefore > 0
    ? before / plannedBefore
    : 1
  return {
    slide,
    budget,
    spent: current,
    drift,
    state: Math.abs(drift) < ON_TIME_SECONDS
      ? 'on time'
      : drift > 0
        ? 'behind'
        : 'ahead',
    paused,
    elapsed: total,
    left: remaining * rate,
  }
}

/** "1:05", "12:00": minutes and seconds, rounded down to the second. */
export function clock(seconds: number): string {
  const s = Math.floor(Math.abs(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** The drift in words, never in colour alone: "0:30 behind", "1:10 ahead", "on time". */
export function driftText(p: Pace): string {
  return p.state === 'on time'
    ? 'on time'
    : `${clock(p.drift)} ${p.state}`
}

/**
 * What a screen reader hears as the pacing changes, or undefined for silence: when the speaker falls behind (from on
 * time or ahead), and when the clock is paused or runs again, never every second nor for getting back on time.
 * `before` is the pacing when last looked at; undefined at start, which says nothing.
 */
export function announcement(before: Pick<Pace, 'state' | 'paused'> | undefined, now: Pace): string | undefined {
  if (!before)
    return undefined
  if (now.paused !== before.paused) {
    return now.paused
      ? 'Rehearsal clock paused'
      : 'Rehearsal clock running'
  }
  return !now.paused && now.state === 'behind' && before.state !== 'behind'
    ? `Pacing: ${driftText(now)}`
    : undefined
}

/**
 * The rehearsal's pause and Slidev's presenter timer are one clock. Slidev's timer lives in its shared state, which
 * the presenting relay carries to every device (setup/relay-schema.ts: status, startedAt, pausedAt), so a pause
 * pressed on the phone stops the laptop's pacing too, and the whole-talk countdown stops with the drift clock.
 * PacingStatus.vue writes these states and follows the timer's status; the arithmetic is here, table-tested.
 */
import type { SharedState } from '@slidev/client'

export type SlidevTimer = SharedState['timer']

/**
 * A plain copy, whatever it is given: Slidev posts its shared state to other tabs through a BroadcastChannel, which
 * cannot clone a Vue proxy, and the failed post stops the relay's send too. A timer spread from the reactive state
 * would carry its `slides` as a proxy.
 */
function plain(timer: SlidevTimer, change: Partial<SlidevTimer>): SlidevTimer {
  return {
    status: change.status ?? timer.status,
    startedAt: change.startedAt ?? timer.startedAt,
    pausedAt: change.pausedAt ?? timer.pausedAt,
    slides: Object.fromEntries(Object.entries(timer.slides ?? {}).map(([no, times]) => [
      no,
      { ...times },
    ])),
  }
}

/**
 * The timer paused at `now`. A timer never started (the speaker did not press its play button) is paused as if it
 * had run for the rehearsal's `activeMs`, so the countdown agrees with the run instead of reading the full slot.
 * Times are whole milliseconds: the relay refuses any other (relay-schema.ts) and closes the sender's socket.
 */
export function pausedTimer(timer: SlidevTimer, now: number, activeMs: number): SlidevTimer {
  if (timer.status === 'paused')
    return plain(timer, {})
  return plain(timer, {
    status: 'paused',
    startedAt: timer.status === 'running'
      ? timer.startedAt
      : now - Math.max(0, Math.round(activeMs)),
    pausedAt: now,
  })
}

/** The timer running again at `now`, the paused stretch left out (as Slidev's own resume does); otherwise as it was. */
export function resumedTimer(timer: SlidevTimer, now: number): SlidevTimer {
  if (timer.status !== 'paused')
    return plain(timer, {})
  return plain(timer, {
    status: 'running',
    startedAt: now - (timer.pausedAt - timer.startedAt),
  })
}

/** A new run starts the countdown again from the full slot. */
export function restartedTimer(now: number): SlidevTimer {
  return {
    status: 'running',
    slides: {},
    startedAt: now,
    pausedAt: 0,
  }
}

/**
 * What a change of the timer's status means for the run: 'pause' when it became paused, 'resume' when it left
 * paused (its play button, or reset), nothing otherwise.
 */
export function timerChange(status: SlidevTimer['status'] | undefined, before: SlidevTimer['status'] | undefined): 'pause' | 'resume' | undefined {
  if (status === before)
    return undefined
  if (status === 'paused')
    return 'pause'
  return before === 'paused'
    ? 'resume'
    : undefined
}

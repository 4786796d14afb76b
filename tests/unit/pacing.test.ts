import type { Pace, PaceEvent } from '../../components/pacing.ts'
import { describe, expect, it } from 'vitest'
import { announcement, clock, driftText, pace } from '../../components/pacing.ts'

const s = (seconds: number) => seconds * 1000
function enter(at: number, slide: number): PaceEvent {
  return {
    at: s(at),
    kind: 'enter',
    slide,
  }
}
function step(at: number, slide: number, click: number): PaceEvent {
  return {
    at: s(at),
    kind: 'step',
    slide,
    click,
  }
}
function pause(at: number): PaceEvent {
  return {
    at: s(at),
    kind: 'pause',
  }
}
function resume(at: number): PaceEvent {
  return {
    at: s(at),
    kind: 'resume',
  }
}

describe('pace: where the speaker stands against the budgets', () => {
  const budgets = [60, 60, 120]
  it.each<[string, PaceEvent[], number, string, number, number]>([
    // what happened, events, now (s) → drift text, spent on this slide, seconds left at this pace
    [
      'just started',
      [
        enter(0, 1),
      ],
      0,
      'on time',
      0,
      240,
    ],
    [
      '90 s on a 60 s slide',
      [
        enter(0, 1),
      ],
      90,
      '0:30 behind',
      90,
      180,
    ],
    [
      'a 2-minute pause for a question adds no drift',
      [
        enter(0, 1),
        pause(30),
        resume(150),
      ],
      180,
      'on time',
      60,
      180,
    ],
    [
      'left slide 1 after 30 s',
      [
        enter(0, 1),
        enter(30, 2),
      ],
      40,
      '0:30 ahead',
      10,
      85,
    ],
    [
      'slide 1 took 130 s, now on slide 2',
      [
        enter(0, 1),
        enter(130, 2),
      ],
      140,
      '1:10 behind',
      10,
      368.33,
    ],
    [
      'skipped slide 2: its budget is saved',
      [
        enter(0, 1),
        enter(60, 3),
      ],
      70,
      '1:00 ahead',
      10,
      55,
    ],
    [
      'went back to slide 1 after slide 2',
      [
        enter(0, 1),
        enter(60, 2),
        enter(120, 1),
      ],
      150,
      '2:00 behind',
      30,
      210,
    ],
    [
      'click steps on slide 1 are the same slide\'s time: 90 s over three steps is 30 s over',
      [
        enter(0, 1),
        step(20, 1, 1),
        step(50, 1, 2),
      ],
      90,
      '0:30 behind',
      90,
      180,
    ],
    [
      'a step on slide 2 after slide 1 took 30 s: 20 s on slide 2 so far',
      [
        enter(0, 1),
        enter(30, 2),
        step(40, 2, 1),
      ],
      50,
      '0:30 ahead',
      20,
      80,
    ],
    [
      'a run started on slide 2: the plan starts there too',
      [
        enter(0, 2),
      ],
      90,
      '0:30 behind',
      90,
      120,
    ],
    [
      'a run started on slide 2 left it after 30 s',
      [
        enter(0, 2),
        enter(30, 3),
      ],
      40,
      '0:30 ahead',
      10,
      55,
    ],
  ])('%s', (_, events, now, text, spent, left) => {
    const p = pace(budgets, events, s(now))
    expect(driftText(p)).toBe(text)
    expect(p.spent).toBeCloseTo(spent)
    expect(p.left).toBeCloseTo(left, 1)
  })
  it('while paused, the clock stands still and says so', () => {
    const at200 = pace(budgets, [
      enter(0, 1),
      pause(50),
    ], s(200))
    expect(at200.paused).toBe(true)
    expect(at200.spent).toBe(50)
    expect(driftText(at200)).toBe('on time')
  })
  it('counts the active seconds since the run began, pauses left out', () => {
    expect(pace(budgets, [
      enter(0, 1),
      pause(30),
      resume(150),
      enter(160, 2),
    ], s(170)).elapsed).toBe(50)
  })
  it('within ten seconds either way is on time', () => {
    expect(pace(budgets, [
      enter(0, 1),
    ], s(69)).state).toBe('on time')
    expect(pace(budgets, [
      enter(0, 1),
    ], s(71)).state).toBe('behind')
  })
})

describe('announcement: what a screen reader hears, and when it hears nothing', () => {
  const at = (state: Pace['state'], paused = false, drift = 0) => ({ state, paused, drift }) as Pace
  it.each<[string, Pick<Pace, 'state' | 'paused'> | undefined, Pace, string | undefined]>([
    [
      'the start says nothing',
      undefined,
      at('behind', false, 30),
      undefined,
    ],
    [
      'on time to behind',
      at('on time'),
      at('behind', false, 12),
      'Pacing: 0:12 behind',
    ],
    [
      'ahead to behind',
      at('ahead'),
      at('behind', false, 10),
      'Pacing: 0:10 behind',
    ],
    [
      'still behind, a second later',
      at('behind'),
      at('behind', false, 31),
      undefined,
    ],
    [
      'behind to on time: no alarm needed',
      at('behind'),
      at('on time'),
      undefined,
    ],
    [
      'on time to ahead',
      at('on time'),
      at('ahead', false, -15),
      undefined,
    ],
    [
      'paused',
      at('behind'),
      at('behind', true, 30),
      'Rehearsal clock paused',
    ],
    [
      'running again',
      at('behind', true),
      at('behind', false, 30),
      'Rehearsal clock running',
    ],
  ])('%s', (_, before, now, said) => expect(announcement(before, now)).toBe(said))
})

describe('clock', () => {
  it.each([
    [0, '0:00'],
    [59.9, '0:59'],
    [70, '1:10'],
    [-30, '0:30'],
    [725, '12:05'],
  ])('%d s → %s', (seconds, text) => expect(clock(seconds)).toBe(text))
})

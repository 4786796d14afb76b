import { describe, expect, it } from 'vitest'
import { clickerAction, slideAnnouncement } from '../../components/slide-announcement.ts'

describe('slideAnnouncement', () => {
  it.each([
    [
      [3, 34, 'The week before', 0, 0],
      'Slide 3 of 34: The week before',
    ],
    [
      [2, 34, 'Monday', 1, 3],
      'Slide 2 of 34: Monday, step 1 of 3',
    ],
    [
      [2, 34, 'Monday', 9, 3],
      'Slide 2 of 34: Monday, step 3 of 3',
    ],
    [
      [1, 1, '', 0, 0],
      'Slide 1 of 1',
    ],
  ] as const)('%j → %s', ([no, total, title, clicks, clicksTotal], expected) => expect(slideAnnouncement(no, total, title, clicks, clicksTotal)).toBe(expected))
})

describe('clickerAction', () => {
  const input = { tagName: 'INPUT' } as unknown as EventTarget
  const button = { tagName: 'BUTTON' } as unknown as EventTarget
  it.each([
    ['PageDown', input, 'next'],
    ['PageUp', input, 'prev'],
    ['ArrowRight', input, undefined],
    ['PageDown', button, 'next'],
    ['PageUp', button, 'prev'],
    ['ArrowRight', button, undefined],
    [
      'PageDown',
      { tagName: 'DIV' } as unknown as EventTarget,
      undefined,
    ],
    ['PageDown', null, undefined],
  ] as const)('%s on %o → %s', (key, target, expected) => expect(clickerAction(key, target)).toBe(expected))
})

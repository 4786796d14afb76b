import { describe, expect, it } from 'vitest'
import { diagramScaleProblems, noticeLines } from '../../components/dev-notice.ts'

describe('the dev notice names a diagram drawn smaller than its natural size', () => {
  it.each([
    [
      [
        { naturalWidth: 800, drawnWidth: 800 },
      ],
      [],
    ],
    [
      [
        { naturalWidth: 800, drawnWidth: 797 },
      ],
      [],
    ],
    [
      [
        { naturalWidth: 1000, drawnWidth: 780 },
      ],
      ['diagram scaled to 78 % (its labels shrink with it): make the diagram smaller, do not scale it'],
    ],
    [
      [
        { naturalWidth: 500, drawnWidth: 500 },
        { naturalWidth: 1000, drawnWidth: 600 },
      ],
      ['diagram 2 scaled to 60 % (its labels shrink with it): make the diagram smaller, do not scale it'],
    ],
  ])('%j → %j', (diagrams, lines) => expect(diagramScaleProblems(diagrams)).toEqual(lines))
})

describe('noticeLines', () => {
  it('puts the slide\'s problems first, then what needs a restart; nothing when all is well', () => {
    expect(noticeLines([], [])).toEqual([])
    expect(noticeLines(['41 words on screen (at most 40)'], ['styles/tokens.ts'])).toEqual([
      '41 words on screen (at most 40)',
      'styles/tokens.ts changed: restart npm run dev to see it (the tokens become CSS at start-up)',
    ])
  })
})

import type { Speaker } from '../../talk.config.ts'
import { describe, expect, it } from 'vitest'
import { placeholderFields, speakerLine } from '../../components/speaker-text.ts'

const none: Speaker = { name: '', role: '', event: '' }

describe('speakerLine', () => {
  it.each([
    [
      none,
      { who: '', event: '' },
    ],
    [
      { ...none, name: ' Ada Lovelace ' },
      { who: 'Ada Lovelace', event: '' },
    ],
    [
      { ...none, name: 'Ada Lovelace', role: 'Research engineer' },
      { who: 'Ada Lovelace, Research engineer', event: '' },
    ],
    [
      { ...none, role: 'Research engineer' },
      { who: 'Research engineer', event: '' },
    ],
    [
      { name: 'Ada Lovelace', role: '', event: 'PyCon Berlin, 12 March 2027' },
      { who: 'Ada Lovelace', event: 'PyCon Berlin, 12 March 2027' },
    ],
  ])('%o → %o', (speaker, line) => {
    expect(speakerLine(speaker)).toEqual(line)
  })
})

describe('placeholderFields', () => {
  it.each([
    'Your name',
    'Speaker name',
    'NAME',
    'Your Name Here',
    'Event name',
    'Conference',
    'TBD',
    'tba',
    'n/a',
    'TODO',
    'xxx',
    '???',
    '…',
    'Jane Doe',
    'John Doe',
    'First Last',
    '<your name>',
    '[Event]',
    '{{ speaker }}',
    'Lorem ipsum dolor',
  ])('refuses "%s" as a name', (value) => {
    expect(placeholderFields({ ...none, name: value })).toEqual([
      { field: 'name', value },
    ])
  })
  it.each([
    '',
    'Ada Lovelace',
    'Name Surname-Smith Jr',
    'Research engineer, Analytical Engines',
    'PyCon Berlin, 12 March 2027',
    'The Event Horizon Meetup',
    'Conference on AI Policy 2027',
  ])('accepts "%s"', (value) => {
    expect(placeholderFields({ name: value, role: value, event: value })).toEqual([])
  })
})

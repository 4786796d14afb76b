import { describe, expect, it } from 'vitest'
import { parseStep } from '../../tests/e2e/walk.ts'

describe('parseStep', () => {
  const base = '/deck-under-test/'
  it.each([
    [
      'http://h/deck-under-test/3',
      { slide: 3, click: 0 },
    ],
    [
      'http://h/deck-under-test/3?clicks=2',
      { slide: 3, click: 2 },
    ],
    [
      'http://h/deck-under-test/act-rise',
      { slide: 5, click: 0 },
    ],
    [
      'http://h/deck-under-test/act-rise?clicks=1',
      { slide: 5, click: 1 },
    ],
    ['http://h/deck-under-test/presenter/3', undefined],
    ['http://h/elsewhere/3', undefined],
    ['http://h/deck-under-test/unknown-alias', undefined],
  ])('%s', (href, expected) => expect(parseStep(href, base, { 'act-rise': 5 })).toEqual(expected))
})

import { describe, expect, it } from 'vitest'
import { controlKinds } from '../../tests/browsers/interactive.ts'

describe('interactive controls a component template holds (the clicker test focuses each kind)', () => {
  it.each([
    [
      '<input v-model="x" inputmode="numeric">',
      ['input:not([type="radio"])'],
    ],
    [
      '<label><input type="radio" value="2"> BF16</label>',
      ['input[type="radio"]'],
    ],
    [
      '<button type="button">4K</button><select></select>',
      ['button', 'select'],
    ],
    ['<p>no controls</p><span>input</span>', []],
    [
      '<textarea rows="2" />',
      ['textarea'],
    ],
  ])('%s → %j', (template, kinds) => expect(controlKinds(template)).toEqual(kinds))
})

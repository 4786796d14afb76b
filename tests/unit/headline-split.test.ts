import { describe, expect, it } from 'vitest'
import { Comment, createCommentVNode, createTextVNode, Fragment, h } from 'vue'
import { splitHeadline } from '../../components/headline-split.ts'

function types(nodes: ReturnType<typeof h>[]) {
  return nodes.map(n => n.type === Comment
    ? 'comment'
    : typeof n.type === 'string'
      ? n.type
      : 'other')
}

describe('splitHeadline', () => {
  it.each([
    [
      'headline then evidence',
      [
        h('h1', 'Claim'),
        h('div'),
        h('p'),
      ],
      ['h1'],
      ['div', 'p'],
    ],
    [
      'no headline: all evidence',
      [
        h('div'),
        h('p'),
      ],
      [],
      ['div', 'p'],
    ],
    [
      'comments and blank text dropped',
      [
        createCommentVNode('x'),
        createTextVNode('  '),
        h('h1'),
        h('div'),
      ],
      ['h1'],
      ['div'],
    ],
    [
      'fragments opened',
      [
        h(Fragment, [
          h('h1'),
          h('p'),
        ]),
        h('div'),
      ],
      ['h1'],
      ['p', 'div'],
    ],
    [
      'only the first h1 is the headline',
      [
        h('h1'),
        h('h1'),
      ],
      ['h1'],
      ['h1'],
    ],
  ])('%s', (_, nodes, headline, evidence) => {
    const split = splitHeadline(nodes)
    expect(types(split.headline)).toEqual(headline)
    expect(types(split.evidence)).toEqual(evidence)
  })
})

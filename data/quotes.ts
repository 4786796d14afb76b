import type { SourceId } from './sources.ts'

export interface Quote {
  /** The words as published in Chinese. */
  zh: string
  /** English translation. */
  en: string
  /** The part the stage shows (an excerpt, with … where words are left out); the page shows the whole quote. */
  stage?: { zh: string, en: string }
  speaker: string
  context: string
  source: SourceId
}

export function defineQuotes<const T extends Record<string, Quote>>(quotes: T): T {
  return quotes
}

/** Liang Wenfeng's words from the July 2024 Waves interview (as reproduced; translations from ChinaTalk or ours). */
export const quotes = defineQuotes({
  frontierNotProfit: {
    zh: '我们的出发点，就不是趁机赚一笔，而是走到技术的前沿，去推动整个生态发展。',
    en: 'Our starting point is not to seize the chance to make a quick buck, but to reach the technological frontier and drive the development of the whole ecosystem.',
    stage: { zh: '不是趁机赚一笔，而是走到技术的前沿', en: '…not … a quick buck, but to reach the technological frontier…' },
    speaker: 'Liang Wenfeng',
    context: 'Waves, July 2024',
    source: 'waves-interview-2024',
  },
  contributorNotFreeRider: {
    zh: '中国也要逐步成为贡献者，而不是一直搭便车。',
    en: 'China should gradually become a contributor, rather than keep riding for free.',
    speaker: 'Liang Wenfeng',
    context: 'Waves, July 2024',
    source: 'waves-interview-2024',
  },
  homeGrown: {
    zh: '我们没有海外回来的人，都是本土的。前50名顶尖人才可能不在中国，但也许我们能自己打造这样的人。',
    en: 'We have nobody who came back from abroad; they are all local. The top 50 experts might not be in China, but perhaps we can train such people ourselves.',
    speaker: 'Liang Wenfeng',
    context: 'Waves, July 2024',
    source: 'waves-interview-2024',
  },
  moneyVersusChips: {
    zh: '我们面临的问题从来不是钱，而是高端芯片被禁运。',
    en: 'Our problem has never been money, but the embargo on high-end chips.',
    stage: { zh: '问题从来不是钱，而是高端芯片被禁运', en: 'Our problem has never been money, but the embargo on high-end chips.' },
    speaker: 'Liang Wenfeng',
    context: 'Waves, July 2024',
    source: 'waves-interview-2024',
  },
  closedMoatTemporary: {
    zh: '在颠覆性的技术面前，闭源形成的护城河是短暂的。',
    en: 'In the face of disruptive technology, the moat that closed source creates is temporary.',
    stage: { zh: '闭源形成的护城河是短暂的', en: '…the moat that closed source creates is temporary.' },
    speaker: 'Liang Wenfeng',
    context: 'Waves, July 2024',
    source: 'waves-interview-2024',
  },
})

export type QuoteId = keyof typeof quotes

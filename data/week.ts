import type { Actor } from '../styles/tokens.ts'
import type { SourceId } from './sources.ts'

/** One day of the week before the sell-off: what the stage says (at most four words) and what the page adds. */
export interface WeekEvent {
  date: string
  stage: string
  page: string
  actor: Actor
  source: SourceId
}

/** 20–27 January 2025, from release to sell-off. */
export const week = {
  start: '2025-01-20',
  end: '2025-01-27',
  events: [
    {
      date: '2025-01-20',
      stage: 'R1 released, open weights',
      page: 'DeepSeek publishes R1 with its weights under the MIT licence; in Washington, EO 14148 revokes the 2023 AI order.',
      actor: 'deepseek',
      source: 'deepseek-r1-repo',
    },
    {
      date: '2025-01-23',
      stage: 'EO 14179: AI plan',
      page: 'Executive Order 14179 orders an AI Action Plan within 180 days (it came on 23 July 2025).',
      actor: 'usgov',
      source: 'eo-14179',
    },
    {
      date: '2025-01-26',
      stage: 'No. 1 U.S. app',
      page: 'DeepSeek’s free app tops the U.S. App Store, up from No. 31 a few days earlier.',
      actor: 'deepseek',
      source: 'techcrunch-app-store',
    },
    {
      date: '2025-01-27',
      stage: 'Nvidia −17 %',
      page: 'Nvidia closes about 17 % down; $589 billion of market value is gone.',
      actor: 'markets',
      source: 'bloomberg-nvidia-record-loss',
    },
  ],
} satisfies { start: string, end: string, events: WeekEvent[] }

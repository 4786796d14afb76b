/**
 * Design tokens: the single source of colour and type for UnoCSS, components and mermaid.
 * Colours carry meaning by actor; each has a light-mode and a dark-mode value, both checked for contrast
 * against the page background of their mode (tests/unit/tokens.test.ts).
 */
export type Actor = 'deepseek' | 'usgov' | 'beijing' | 'industry' | 'markets' | 'ink'

export interface ModeColours {
  /** Page background. */
  bg: string
  /** Raised surface (cards). */
  surface: string
  /** Body text. */
  text: string
  /** Secondary text (captions, footers). */
  muted: string
  /** Hairlines and borders. */
  rule: string
  actor: Record<Actor, string>
  /** Tinted fills behind actor-coloured text or outlines (cards, diagram nodes). */
  actorFill: Record<Actor, string>
}

export const colours: Record<'light' | 'dark', ModeColours> = {
  light: {
    bg: '#ffffff',
    surface: '#f4f6fa',
    text: '#14171f',
    muted: '#4a5160',
    rule: '#c9ced8',
    actor: {
      deepseek: '#1d4ed8',
      usgov: '#b91c1c',
      beijing: '#6d28d9',
      industry: '#047857',
      markets: '#a15c00',
      ink: '#14171f',
    },
    actorFill: {
      deepseek: '#e6edfd',
      usgov: '#fbe9e9',
      beijing: '#f1ebfd',
      industry: '#e3f4ed',
      markets: '#fbf0df',
      ink: '#eef0f4',
    },
  },
  dark: {
    bg: '#10131a',
    surface: '#1b2030',
    text: '#eef1f6',
    muted: '#aab2c2',
    rule: '#3a4255',
    actor: {
      deepseek: '#8fb0ff',
      usgov: '#ff9b9b',
      beijing: '#c9b5ff',
      industry: '#6fd6ae',
      markets: '#f5bd5c',
      ink: '#eef1f6',
    },
    actorFill: {
      deepseek: '#1c2a4d',
      usgov: '#4a1f24',
      beijing: '#2f2350',
      industry: '#123a2e',
      markets: '#42300f',
      ink: '#252b3a',
    },
  },
}

/** Short visible tags, so an actor is never told apart by colour alone. */
export const actorTags: Record<Actor, string> = {
  deepseek: 'DeepSeek',
  usgov: 'Washington',
  beijing: 'Beijing',
  industry: 'Nvidia',
  markets: 'Markets',
  ink: '',
}

export const actorLabels: Record<Actor, string> = {
  deepseek: 'DeepSeek / High-Flyer',
  usgov: 'U.S. government',
  beijing: 'Chinese government',
  industry: 'Nvidia and industry',
  markets: 'Markets',
  ink: 'Other',
}

export const fonts = {
  /** Inter for Latin; the build-time subset of Noto Sans SC covers Chinese and any symbol Inter lacks. */
  sans: '"Inter", "Deck CJK", sans-serif',
  cjk: '"Deck CJK", "Inter", sans-serif',
  mono: '"Deck CJK", monospace',
}

/**
 * Type scale in px on Slidev's 980 × 552 canvas (×1.96 at 1920 × 1080). Two floors: text the audience must read is
 * `body` or larger (39 px at 1080p); reference text (source lines, markers, attributions, source lists) is
 * `reference` (25.5 px). These six steps are the only sizes on the stage (tests/unit/style-rules.test.ts, and the slide walk).
 */
export const typeScale = {
  reference: 13,
  body: 20,
  lead: 26,
  headline: 34,
  title: 56,
  stat: 72,
} as const

export type TypeStep = keyof typeof typeScale

/** Custom properties for CSS, so styles and SFCs use the same values as TS code. */
export function cssVariables(mode: 'light' | 'dark'): Record<string, string> {
  const c = colours[mode]
  const vars: Record<string, string> = {
    '--deck-bg': c.bg,
    '--deck-surface': c.surface,
    '--deck-text': c.text,
    '--deck-muted': c.muted,
    '--deck-rule': c.rule,
  }
  for (const [actor, value] of Object.entries(c.actor))
    vars[`--deck-${actor}`] = value
  for (const [actor, value] of Object.entries(c.actorFill))
    vars[`--deck-${actor}-fill`] = value
  for (const [step, px] of Object.entries(typeScale))
    vars[`--deck-size-${step}`] = `${px}px`
  return vars
}

export function cssVariableBlock(selector: string, mode: 'light' | 'dark'): string {
  const body = Object.entries(cssVariables(mode)).map(([k, v]) => `${k}:${v};`).join('')
  return `${selector}{${body}}`
}

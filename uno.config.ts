import config from '@slidev/client/uno.config.ts'
import { mergeConfigs } from 'unocss'
import { colours, cssVariableBlock } from './styles/tokens.ts'

const actors = Object.keys(colours.light.actor)

export default mergeConfigs([
  config,
  {
    preflights: [
      {
        getCSS: () => cssVariableBlock(':root', 'light') + cssVariableBlock('html.dark', 'dark'),
      },
    ],
    theme: {
      colors: Object.fromEntries(actors.map(actor => [actor, `var(--deck-${actor})`])),
    },
    shortcuts: {
      'deck-muted': 'text-[var(--deck-muted)]',
    },
  },
])

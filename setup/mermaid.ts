import { defineMermaidSetup } from '@slidev/types'
import { colours, fonts, typeScale } from '../styles/tokens.ts'

/** Mermaid in the deck's palette and font, so diagrams match the components and print with embedded fonts. */
export default defineMermaidSetup(() => {
  const c = colours.light
  return {
    theme: 'base',
    fontFamily: fonts.sans,
    themeVariables: {
      fontFamily: fonts.sans,
      fontSize: `${typeScale.body}px`,
      primaryColor: c.actorFill.deepseek,
      primaryBorderColor: c.actor.deepseek,
      primaryTextColor: c.text,
      lineColor: c.muted,
      secondaryColor: c.actorFill.markets,
      tertiaryColor: c.actorFill.ink,
      edgeLabelBackground: c.bg,
    },
  }
})

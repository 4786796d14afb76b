import { definePreparserSetup } from '@slidev/types'
import { fillNoteFigures } from '../scripts/lib/note-figures.ts'

/** Speaker notes cite figures as `{fig:id}`; the presenter view shows them written out from the data. */
export default definePreparserSetup(() => [
  {
    transformNote: async note => (note
      ? fillNoteFigures(note)
      : note),
  },
])

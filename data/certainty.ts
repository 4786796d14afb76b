import type { Certainty } from './schema.ts'

/** The word the audience sees next to a figure or event that is not from a primary document; '' when it is. */
export function certaintyQualifier(certainty: Certainty): '' | 'reported' | 'alleged' | 'claimed' {
  switch (certainty) {
    case 'primary':
      return ''
    case 'reported':
      return 'reported'
    case 'alleged':
      return 'alleged'
    case 'claimed':
      return 'claimed'
  }
}

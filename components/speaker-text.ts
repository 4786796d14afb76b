import type { Speaker } from '../talk.config.ts'

/**
 * The speaker's line as the title and closing slides show it: "Name, role" then the event, each part only when it is
 * filled in; '' when nothing is (the slides then show no line at all).
 */
export function speakerLine(s: Speaker): { who: string, event: string } {
  const name = s.name.trim()
  const role = s.role.trim()
  return {
    who: [
      name,
      role,
    ].filter(Boolean).join(', '),
    event: s.event.trim(),
  }
}

/** Words that stand in for a real name, role or event: a field holding one would put a placeholder in front of the room. */
const STAND_INS = /^(?:your|speaker'?s?|presenter'?s?|author'?s?|my|the|event|conference|meetup|talk|company|organi[sz]ation|job|role|title)?\s*(?:full\s+)?(?:name|role|title|event|here|venue|date)(?:\s+here)?$|^(?:speaker|presenter|conference|meetup|venue|company|organi[sz]ation|tbd|tba|tbc|n\/?a|todo|fixme|x{3,}|\?+|-+|…|\.\.\.|lorem ipsum.*|(?:jane|john) doe|first(?:name)?\s+last(?:name)?|name surname)$|^[<[{].*[>\]}]$/i

/** The fields of `s` that hold a stand-in rather than real words, with what they hold. */
export function placeholderFields(s: Speaker): Array<{ field: keyof Speaker, value: string }> {
  return (Object.keys(s) as Array<keyof Speaker>)
    .filter(field => STAND_INS.test(s[field].trim()))
    .map(field => ({ field, value: s[field] }))
}

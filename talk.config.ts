/**
 * Who gives the talk, and where: the one place for it. The title slide and the closing slide show what is filled in
 * here (components/SpeakerLine.vue); an empty field shows nothing. Never fill a field with a stand-in such as "Your
 * name" or "TBD": `npm run check` refuses one (rule `speaker-placeholder`), so no placeholder reaches the room.
 */
export interface Speaker {
  /** As the speaker wants to be introduced, e.g. "Ada Lovelace". */
  name: string
  /** Role and affiliation, e.g. "Research engineer, Analytical Engines". */
  role: string
  /** Where and when the talk is given, e.g. "PyCon Berlin, 12 March 2027". */
  event: string
}

export const speaker: Speaker = {
  name: '',
  role: '',
  event: '',
}

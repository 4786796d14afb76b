/**
 * What the dev-only notice on the slide says (npm run dev; never in a build, a PDF or the presenter): the stage rules
 * the slide on screen breaks, as the slide walk would judge them, and any diagram drawn smaller than its natural
 * size, which would put its labels under the read size without anyone noticing.
 */
export interface DiagramFit {
  /** The diagram's natural width (its SVG's width) and the width it is drawn at, in the same canvas px. */
  naturalWidth: number
  drawnWidth: number
}

/** "diagram 2 scaled to 78 %" for every diagram drawn under 99.5 % of its natural size. */
export function diagramScaleProblems(diagrams: DiagramFit[]): string[] {
  return diagrams.flatMap((d, i) => {
    const scale = d.drawnWidth / d.naturalWidth
    return scale < 0.995
      ? [`diagram${diagrams.length > 1
          ? ` ${i + 1}`
          : ''} scaled to ${Math.round(scale * 100)} % (its labels shrink with it): make the diagram smaller, do not scale it`]
      : []
  })
}

/** The notice's lines: the rule problems first, then what needs a restart; empty when all is well. */
export function noticeLines(problems: string[], restartFor: string[]): string[] {
  return [
    ...problems,
    ...restartFor.map(file => `${file} changed: restart npm run dev to see it (the tokens become CSS at start-up)`),
  ]
}

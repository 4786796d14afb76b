/**
 * One broken authoring rule, as `npm run check` reports it: where (slide, data id), which rule, what it found and
 * what to do about it.
 */
export interface Finding {
  rule: string
  slide?: number
  /** The data id involved: a figure, a source, a quote. */
  id?: string
  detail: string
  remedy: string
}

export function formatFinding(f: Finding): string {
  const where = [
    f.slide === undefined
      ? undefined
      : `slide ${f.slide}`,
    f.id && `data ${f.id}`,
  ].filter(Boolean).join(', ')
  return `✖ ${where
    ? `${where}: `
    : ''}${f.detail} [${f.rule}]\n    → ${f.remedy}`
}

/** Two CJK characters count as one word, as the stage measure counts them (tests/browsers/measure-stage.ts). */
export function countWords(text: string): number {
  const cjk = (text.match(/[\u3400-\u9FFF]/g) ?? []).length
  return text.replace(/[\u3400-\u9FFF]/g, ' ').split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length + Math.ceil(cjk / 2)
}

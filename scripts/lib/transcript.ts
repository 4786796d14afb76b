import type { NumberedSource } from '../../data/citations.ts'
import type { SlideInfo } from './deck-info.ts'
import { actHeading } from '../../components/slide-footer.ts'
import { escapeHtml, inlineMarkdownToHtml, inlineMarkdownToText, noteParagraphs } from './notes-text.ts'
import { slideFacts } from './slide-facts.ts'

export interface TranscriptMeta {
  title: string
  subtitle: string
  url: string
  /** "29 November 2026": the date the facts are current to. */
  asOf: string
}

interface Section {
  act: string
  slides: Array<{ no: number, title: string, paragraphs: string[], facts: string[] }>
}

/** The talk as an article: acts as sections, each slide's title as a heading, its notes as prose. */
export function transcriptSections(slides: SlideInfo[]): Section[] {
  const frontmatters = slides.map(s => s.frontmatter)
  const sections: Section[] = []
  for (const slide of slides) {
    const name = actHeading(frontmatters, slide.no)
    if (sections.at(-1)?.act !== name)
      sections.push({ act: name, slides: [] })
    sections.at(-1)!.slides.push({
      no: slide.no,
      title: slide.title,
      paragraphs: noteParagraphs(slide.note),
      facts: slideFacts(slide.content),
    })
  }
  return sections
}

export function transcriptMarkdown(slides: SlideInfo[], sources: NumberedSource[], meta: TranscriptMeta): string {
  const lines = [
    `# ${meta.title}`,
    '',
    `_${meta.subtitle}_`,
    '',
    `Facts as of ${meta.asOf}. The slides: ${meta.url}`,
    '',
  ]
  for (const section of transcriptSections(slides)) {
    lines.push(`## ${section.act}`, '')
    for (const slide of section.slides) {
      lines.push(`### ${slide.no}. ${slide.title}`, '')
      for (const p of slide.paragraphs)
        lines.push(inlineMarkdownToText(p), '')
      if (slide.facts.length)
        lines.push('On the slide:', '', ...slide.facts.map(f => `- ${f}`), '')
    }
  }
  lines.push('## Sources', '')
  for (const s of sources)
    lines.push(`${s.number}. ${s.publisher}, “${s.title}”, ${s.date}. <${s.url}>`)
  return `${lines.join('\n')}\n`
}

export function transcriptHtml(slides: SlideInfo[], sources: NumberedSource[], meta: TranscriptMeta): string {
  const body: string[] = [`<h1>${escapeHtml(meta.title)}</h1>`, `<p class="subtitle">${escapeHtml(meta.subtitle)}</p>`, `<p>Facts as of ${escapeHtml(meta.asOf)}. The slides: <a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a></p>`]
  for (const section of transcriptSections(slides)) {
    body.push(`<section><h2>${escapeHtml(section.act)}</h2>`)
    for (const slide of section.slides) {
      body.push(`<h3 id="slide-${slide.no}">${slide.no}. ${escapeHtml(slide.title)}</h3>`)
      body.push(...slide.paragraphs.map(p => `<p>${inlineMarkdownToHtml(p)}</p>`))
      if (slide.facts.length)
        body.push(`<p class="facts-head">On the slide:</p><ul class="facts">${slide.facts.map(f => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`)
    }
    body.push('</section>')
  }
  body.push('<section><h2>Sources</h2><ol class="sources">')
  body.push(...sources.map(s => `<li value="${s.number}" id="source-${s.id}">${escapeHtml(s.publisher)}, <a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>, ${escapeHtml(s.date)}.</li>`))
  body.push('</ol></section>')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}: transcript</title>
<style>
body { font: 18px/1.6 Inter, system-ui, sans-serif; color: #14171f; background: #fff; margin: 0; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2.2rem; line-height: 1.15; margin-bottom: 0.3rem; }
h2 { margin-top: 2.5rem; border-bottom: 2px solid #1d4ed8; padding-bottom: 0.2rem; }
h3 { margin-top: 1.6rem; }
.subtitle { color: #4a5160; font-size: 1.15rem; margin-top: 0; }
a { color: #1d4ed8; }
.sources li { margin-bottom: 0.4rem; }
.facts-head { margin-bottom: 0.2rem; font-weight: 600; }
.facts { margin-top: 0; color: #4a5160; }
@media (prefers-color-scheme: dark) { body { background: #10131a; color: #eef1f6; } a { color: #8fb0ff; } .subtitle, .facts { color: #aab2c2; } }
</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`
}

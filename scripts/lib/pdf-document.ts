import type { PDFRef } from 'pdf-lib'
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFString } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** 0-based page index the bookmark opens. */
  page: number
  children?: OutlineEntry[]
}

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords: string[]
  lang: string
}

/**
 * Adds document metadata, /Lang and a bookmark tree to a PDF that Chromium printed. pdf-lib rewrites only the
 * catalog and Info dictionary; every other object, the structure tree included, is carried over as it was.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMetadata, outline: OutlineEntry[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  pdf.setAuthor(meta.author)
  pdf.setSubject(meta.subject)
  pdf.setKeywords(meta.keywords)
  pdf.setCreator('DeepSeek\'s Meteoric Rise deck (scripts/export.ts)')
  pdf.setProducer('Chromium with pdf-lib')
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang))
  if (outline.length) {
    pdf.catalog.set(PDFName.of('Outlines'), addOutline(pdf, outline))
    pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  }
  return pdf.save({ useObjectStreams: false })
}

function addOutline(pdf: PDFDocument, entries: OutlineEntry[]): PDFRef {
  const pages = pdf.getPages()
  const rootRef = pdf.context.nextRef()
  const build = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef, last: PDFRef, count: number } => {
    const refs = items.map(() => pdf.context.nextRef())
    let count = items.length
    items.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.page, 0), pages.length - 1)]
      const dest = PDFArray.withContext(pdf.context)
      dest.push(page.ref)
      dest.push(PDFName.of('XYZ'))
      dest.push(PDFNull)
      dest.push(PDFNull)
      dest.push(PDFNull)
      const dict = pdf.context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: dest,
      })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1])
      if (i < items.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1])
      if (item.children?.length) {
        const sub = build(item.children, refs[i])
        dict.set(PDFName.of('First'), sub.first)
        dict.set(PDFName.of('Last'), sub.last)
        dict.set(PDFName.of('Count'), pdf.context.obj(sub.count))
        count += sub.count
      }
      pdf.context.assign(refs[i], dict)
    })
    return {
      first: refs[0],
      last: refs.at(-1)!,
      count,
    }
  }
  const top = build(entries, rootRef)
  pdf.context.assign(rootRef, pdf.context.obj({
    Type: 'Outlines',
    First: top.first,
    Last: top.last,
    Count: top.count,
  }))
  return rootRef
}

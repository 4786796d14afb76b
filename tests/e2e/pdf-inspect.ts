import type { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { comparable } from './text.ts'

const run = promisify(execFile)
const BIG = { maxBuffer: 512 * 1024 * 1024 }

type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue }
type PdfDict = Record<string, PdfValue>

/** A PDF read through `qpdf --json`: enough structure to check tags, links, bookmarks and metadata. */
type PdfObjects = Record<string, { value?: PdfValue, stream?: { dict: PdfDict } }>

export class PdfInspection {
  private readonly objects: PdfObjects
  readonly file: string

  private constructor(objects: PdfObjects, file: string) {
    this.objects = objects
    this.file = file
  }

  static async open(file: string): Promise<PdfInspection> {
    const { stdout } = await run('qpdf', ['--json', '--json-stream-data=none', file], BIG)
    const json = JSON.parse(stdout) as { qpdf: [unknown, PdfObjects] }
    return new PdfInspection(json.qpdf[1], file)
  }

  dict(ref: PdfValue | undefined): PdfDict | undefined {
    if (typeof ref !== 'string' || !ref.endsWith(' R')) {
      return typeof ref === 'object' && ref !== null && !Array.isArray(ref)
        ? ref
        : undefined
    }
    const entry = this.objects[`obj:${ref}`]
    const value = entry?.value ?? entry?.stream?.dict
    return value && typeof value === 'object' && !Array.isArray(value)
      ? value
      : undefined
  }

  get catalog(): PdfDict {
    return Object.values(this.objects).map(o => o.value).find(v => typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PdfDict)['/Type'] === '/Catalog') as PdfDict
  }

  /** Page object refs in page order. */
  get pages(): string[] {
    const out: string[] = []
    const visit = (ref: PdfValue | undefined) => {
      const node = this.dict(ref)
      if (node?.['/Type'] === '/Pages')
        (node['/Kids'] as PdfValue[]).forEach(visit)
      else if (typeof ref === 'string')
        out.push(ref)
    }
    visit(this.catalog['/Pages'])
    return out
  }

  /** Named destination → 0-based page index. */
  namedDestinations(): Map<string, number> {
    const pages = this.pages
    const dests = this.dict(this.catalog['/Dests']) ?? {}
    return new Map(Object.entries(dests).map(([name, value]) => {
      const arr = (Array.isArray(value)
        ? value
        : (this.dict(value)?.['/D'] as PdfValue[] | undefined)) ?? []
      return [
        name.replace(/^\//, ''),
        pages.indexOf(String(arr[0])),
      ] as const
    }))
  }

  /** For each page, the page indexes its internal links lead to. */
  internalLinks(): number[][] {
    const dests = this.namedDestinations()
    const pages = this.pages
    return pages.map((ref) => {
      const annots = (this.dict(ref)?.['/Annots'] as PdfValue[] | undefined) ?? []
      return annots.map(a => this.dict(a)).filter(a => a?.['/Subtype'] === '/Link').flatMap((a) => {
        const dest = a!['/Dest'] ?? this.dict(a!['/A'])?.['/D']
        if (typeof dest === 'string')
          return [dests.get(dest.replace(/^\//, '')) ?? -1]
        if (Array.isArray(dest)) {
          return [
            pages.indexOf(String(dest[0])),
          ]
        }
        return []
      })
    })
  }

  /** For each page, the addresses its external links open (/URI actions). */
  externalLinks(): string[][] {
    return this.pages.map((ref) => {
      const annots = (this.dict(ref)?.['/Annots'] as PdfValue[] | undefined) ?? []
      return annots.map(a => this.dict(this.dict(a)?.['/A'])?.['/URI']).filter((u): u is string => typeof u === 'string').map(u => u.replace(/^u:/, ''))
    })
  }

  /** Structure elements of the given roles (e.g. /H1), with the page each sits on. */
  structElements(roles: string[]): Array<{ role: string, page: number }> {
    const pages = this.pages
    const found: Array<{ role: string, page: number }> = []
    const visit = (ref: PdfValue | undefined, page: string | undefined, depth: number) => {
      if (depth > 200)
        return
      const node = this.dict(ref)
      if (!node)
        return
      const pg = typeof node['/Pg'] === 'string'
        ? node['/Pg']
        : page
      if (typeof node['/S'] === 'string' && roles.includes(node['/S'])) {
        found.push({
          role: node['/S'],
          page: pages.indexOf(String(pg ?? this.firstPageBelow(node))),
        })
      }
      const kids = node['/K']
      for (const kid of Array.isArray(kids)
        ? kids
        : [kids])
        visit(kid, pg, depth + 1)
    }
    visit(this.catalog['/StructTreeRoot'], undefined, 0)
    return found
  }

  private firstPageBelow(node: PdfDict): string | undefined {
    const kids = node['/K']
    for (const kid of Array.isArray(kids)
      ? kids
      : [kids]) {
      const child = this.dict(kid)
      if (child?.['/Pg'])
        return String(child['/Pg'])
      const below = child && this.firstPageBelow(child)
      if (below)
        return below
    }
    return undefined
  }
}

export async function pageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file])
  return Number(stdout.match(/^Pages:\s+(\d+)/m)![1])
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file])
  return Object.fromEntries(stdout.split('\n').filter(l => l.includes(':')).map(l => [
    l.slice(0, l.indexOf(':')),
    l.slice(l.indexOf(':') + 1).trim(),
  ]))
}

export async function pageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-layout',
    file,
    '-',
  ], BIG)
  return comparable(stdout)
}

/** Fonts of the whole file, or of one page. */
export async function fonts(file: string, page?: number): Promise<Array<{ name: string, embedded: boolean }>> {
  const { stdout } = await run('pdffonts', page
    ? [
        '-f',
        String(page),
        '-l',
        String(page),
        file,
      ]
    : [file])
  return stdout.split('\n').slice(2).filter(Boolean).map((line) => {
    const cols = line.trim().split(/\s+/)
    const emb = cols.at(-5)
    return { name: cols[0], embedded: emb === 'yes' }
  })
}

export async function outlineTitles(file: string): Promise<Array<{ title: string, page: number, depth: number }>> {
  const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', file], BIG)
  interface Item { title: string, destpageposfrom1: number, kids: Item[] }
  const out: Array<{ title: string, page: number, depth: number }> = []
  const walk = (items: Item[], depth: number) => items.forEach((i) => {
    out.push({ title: i.title, page: i.destpageposfrom1, depth })
    walk(i.kids, depth + 1)
  })
  walk((JSON.parse(stdout) as { outlines: Item[] }).outlines, 0)
  return out
}

/** Share of a page that is not near-white, rendered in grey at low resolution. */
export async function inkShare(file: string, page: number): Promise<number> {
  const { stdout } = await run('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    '12',
    '-gray',
    file,
  ], { ...BIG, encoding: 'buffer' }) as unknown as { stdout: Buffer }
  const header = stdout.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!
  const pixels = stdout.subarray(header[0].length)
  let ink = 0
  for (const p of pixels) {
    if (p < 235)
      ink++
  }
  return ink / pixels.length
}

export async function qpdfCheck(file: string): Promise<string> {
  const { stdout } = await run('qpdf', ['--check', file], BIG)
  return stdout
}

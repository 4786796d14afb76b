import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** One text-showing operation: its page (1-based), effective size in pt and origin in PDF points (y up). */
export interface TextRunPt {
  page: number
  pt: number
  x: number
  y: number
}

type Matrix = [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

/**
 * Interprets a page's content stream far enough to size its text: q/Q, cm, BT, Tf, Tm, Td/TD/T*, and the text
 * showing operators. The size of a run is the font size scaled by the text and current transformation matrices
 * (the square root of the determinant, which is the scale for the uniform scaling Chromium writes).
 */
export function textRunsOf(content: string, page = 1): TextRunPt[] {
  const runs: TextRunPt[] = []
  const stack: Matrix[] = []
  const state = {
    ctm: IDENTITY,
    tm: IDENTITY,
    line: IDENTITY,
    size: 0,
    leading: 0,
  }
  const operands: string[] = []
  const num = (i: number) => Number(operands[operands.length - i])
  const six = (): Matrix => [
    num(6),
    num(5),
    num(4),
    num(3),
    num(2),
    num(1),
  ]
  const moveLine = (dx: number, dy: number) => {
    state.line = multiply([1, 0, 0, 1, dx, dy], state.line)
    state.tm = state.line
  }
  const show = () => {
    const m = multiply(state.tm, state.ctm)
    if (state.size > 0) {
      runs.push({
        page,
        pt: state.size * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])),
        x: m[4],
        y: m[5],
      })
    }
  }
  const operators: Record<string, () => void> = {
    'q': () => stack.push(state.ctm),
    'Q': () => {
      state.ctm = stack.pop() ?? IDENTITY
    },
    'cm': () => {
      state.ctm = multiply(six(), state.ctm)
    },
    'BT': () => {
      state.tm = IDENTITY
      state.line = IDENTITY
    },
    'Tf': () => {
      state.size = num(1)
    },
    'TL': () => {
      state.leading = num(1)
    },
    'Tm': () => {
      state.tm = six()
      state.line = state.tm
    },
    'Td': () => moveLine(num(2), num(1)),
    'TD': () => {
      state.leading = -num(1)
      moveLine(num(2), num(1))
    },
    'T*': () => moveLine(0, -state.leading),
    'Tj': show,
    'TJ': show,
    '\'': show,
    '"': show,
  }
  // Strings, hex strings, names, array brackets and bare words (numbers and operators).
  for (const [token] of content.matchAll(/\([^)]*\)|<[\da-f\s]*>|\/[^\s/[\]()<>]+|[[\]]|[^\s/[\]()<>]+/gi)) {
    const op = operators[token]
    if (op) {
      op()
      operands.length = 0
    }
    else {
      operands.push(token)
      if (operands.length > 12)
        operands.shift()
    }
  }
  return runs
}

interface QpdfJson {
  qpdf: [unknown, Record<string, { value?: Record<string, unknown>, stream?: { dict: Record<string, unknown>, data?: string } }>]
}

/** Every text run of every page of a PDF, through qpdf's decoded streams. */
export async function pdfTextRuns(file: string): Promise<TextRunPt[]> {
  const { stdout } = await run('qpdf', [
    '--json',
    '--json-stream-data=inline',
    '--decode-level=generalized',
    file,
  ], { maxBuffer: 1024 * 1024 * 1024 })
  const objects = (JSON.parse(stdout) as QpdfJson).qpdf[1]
  const get = (ref: unknown) => (typeof ref === 'string'
    ? objects[`obj:${ref}`]
    : undefined)
  const catalog = Object.values(objects).find(o => o.value?.['/Type'] === '/Catalog')!.value!
  const pages: Array<Record<string, unknown>> = []
  const visit = (ref: unknown) => {
    const node = get(ref)?.value
    if (node?.['/Type'] === '/Pages')
      (node['/Kids'] as unknown[]).forEach(visit)
    else if (node)
      pages.push(node)
  }
  visit(catalog['/Pages'])
  return pages.flatMap((page, i) => {
    const contents = page['/Contents']
    const refs = Array.isArray(contents)
      ? contents
      : [contents]
    const text = refs.map(ref => Buffer.from(get(ref)?.stream?.data ?? '', 'base64').toString('latin1')).join('\n')
    return textRunsOf(text, i + 1)
  })
}

/** The handout's floors (issue "Stage and page"): slide text at least 7 pt, prose at least 10 pt, the rest 7 pt. */
export const HANDOUT_FLOORS = { slide: 7, prose: 10, furniture: 7 } as const

export interface Region { page: number, kind: keyof typeof HANDOUT_FLOORS, x: number, y: number, width: number, height: number }

/**
 * Text runs under the floor of the region they start in, and runs outside every region (text the layout does not
 * know about), one line each, at most `limit` of them.
 */
export function handoutSizeProblems(runs: TextRunPt[], regions: Region[], floors = HANDOUT_FLOORS, limit = 12): string[] {
  const out: string[] = []
  for (const r of runs) {
    const region = regions.find(g => g.page === r.page && r.x >= g.x - 2 && r.x <= g.x + g.width + 2 && r.y >= g.y - 2 && r.y <= g.y + g.height + 2)
    if (!region)
      out.push(`page ${r.page}: text at (${r.x.toFixed(0)}, ${r.y.toFixed(0)}) pt lies outside the slides, prose and furniture`)
    else if (r.pt < floors[region.kind] - 0.02)
      out.push(`page ${r.page}: ${region.kind} text at ${r.pt.toFixed(2)} pt (needs ${floors[region.kind]})`)
    if (out.length >= limit)
      break
  }
  return [
    ...new Set(out),
  ]
}

import type { Box, DiagramGeometry } from './measure-diagrams.ts'

/** Limits of the geometry rules, in px of a 1920 × 1080 slide. */
export const GEOMETRY_LIMITS = {
  /** A node's left and right padding around its text may differ by this much. */
  centring: 4,
  /** Part of an edge's length that must not be covered by a node or any label. */
  visibleEdge: 0.8,
  /** Overlap smaller than this (either way) is anti-aliasing, not a collision. */
  touch: 1,
  /** A diagram is the slide's evidence: it fills at least this share of the area under the headline. */
  fill: 0.6,
} as const

export type GeometryRule = 'too-small' | 'off-centre' | 'label-on-edge' | 'labels-overlap' | 'marker-in-node' | 'edge-hidden'

export interface GeometryFinding {
  rule: GeometryRule
  /** The diagram's accessible name and the label (or edge) at fault. */
  diagram: string
  label: string
  detail: string
}

function inside([x, y]: [number, number], b: Box, margin: number) {
  return x > b.left + margin && x < b.right - margin && y > b.top + margin && y < b.bottom - margin
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return Math.min(w, h)
}

const px = (n: number) => `${Math.round(n)} px`

/** An edge as the reader knows it: by its label, or by mermaid's id when it has none. */
function edgeName(edge: { id: string, label: string }) {
  return edge.label
    ? `"${edge.label}"`
    : `${edge.id} (no label)`
}

/**
 * Judges one diagram as drawn at one click step. Six rules: the drawing fills most of the evidence area; node text centred in its shape; no label lying on an
 * edge other than its own; no two labels overlapping; no citation marker inside a node; every edge visible along
 * most of its length. Each finding names the diagram, the label and the measured value, in 1920 × 1080 px.
 */
export function judgeDiagram(d: DiagramGeometry): GeometryFinding[] {
  const out: GeometryFinding[] = []
  const margin = GEOMETRY_LIMITS.touch / d.scale
  const add = (rule: GeometryRule, label: string, detail: string) => out.push({
    rule,
    diagram: d.title,
    label,
    detail,
  })

  if (d.fill < GEOMETRY_LIMITS.fill)
    add('too-small', d.title, `the diagram fills ${Math.round(d.fill * 100)} % of the area under the headline (at least ${GEOMETRY_LIMITS.fill * 100} %); lay it out to the stage's shape (LR for a wide chain, more rank spacing) or give it less text per node`)

  for (const node of d.nodes) {
    const left = (node.text.left - node.shape.left) * d.scale
    const right = (node.shape.right - node.text.right) * d.scale
    if (Math.abs(left - right) > GEOMETRY_LIMITS.centring)
      add('off-centre', node.label, `its text is off-centre: ${px(left)} of padding on the left, ${px(right)} on the right (at most ${GEOMETRY_LIMITS.centring} px apart); mermaid sized the box for other text (a hidden marker, another font)`)
  }

  const labels = [
    ...d.nodes.map(n => ({ label: n.label, box: n.text, own: undefined as string | undefined })),
    ...d.edgeLabels.map(e => ({ label: e.label, box: e.box, own: e.id })),
  ]
  for (const label of labels) {
    for (const edge of d.edges) {
      if (edge.id === label.own)
        continue
      const hits = edge.points.filter(p => inside(p, label.box, margin)).length
      if (hits)
        add('label-on-edge', label.label, `the edge ${edgeName(edge)} runs through this label; reorder the edges or move the label so lines pass beside text`)
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const by = overlap(labels[i].box, labels[j].box) * d.scale
      if (by > GEOMETRY_LIMITS.touch)
        add('labels-overlap', labels[i].label, `it overlaps the label "${labels[j].label}" by ${px(by)}`)
    }
  }
  for (const marker of d.markers) {
    for (const node of d.nodes) {
      if (overlap(marker.box, node.shape) * d.scale > GEOMETRY_LIMITS.touch)
        add('marker-in-node', node.label, `the citation marker "${marker.text}" sits inside this node; cite the figure under the diagram instead`)
    }
  }
  const covers = [
    ...d.nodes.map(n => n.shape),
    ...labels.map(l => l.box),
  ]
  for (const edge of d.edges) {
    if (!edge.points.length)
      continue
    const hidden = edge.points.filter(p => covers.some(box => inside(p, box, margin))).length
    const visible = 1 - hidden / edge.points.length
    if (visible < GEOMETRY_LIMITS.visibleEdge)
      add('edge-hidden', edge.label || edge.id, `the edge ${edgeName(edge)} is visible along ${Math.round(visible * 100)} % of its length (at least ${GEOMETRY_LIMITS.visibleEdge * 100} %); a node or a label covers the rest, so lengthen the edge or shorten its label`)
  }
  return out
}

/** One line per finding, naming where: "Slide 11, diagram "…": label "…": …". */
export function formatGeometryFinding(where: string, f: GeometryFinding): string {
  return `${where}, diagram "${f.diagram}": ${f.rule}: label "${f.label}": ${f.detail}`
}

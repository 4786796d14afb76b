import type { DiagramGeometry } from '../../tests/browsers/measure-diagrams.ts'
import { describe, expect, it } from 'vitest'
import { formatGeometryFinding, judgeDiagram } from '../../tests/browsers/diagram-geometry.ts'

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom })
function line(x0: number, y0: number, x1: number, y1: number, n = 40): Array<[number, number]> {
  return Array.from({ length: n + 1 }, (_, i) => [x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n])
}

/** Two nodes joined by a long labelled edge: every rule holds. */
function healthy(): DiagramGeometry {
  return {
    title: 'Test loop',
    scale: 1,
    fill: 0.7,
    nodes: [
      {
        label: 'Washington',
        shape: box(0, 0, 200, 80),
        text: box(40, 20, 160, 60),
      },
      {
        label: 'Nvidia',
        shape: box(800, 0, 1000, 80),
        text: box(850, 20, 950, 60),
      },
    ],
    edgeLabels: [
      {
        id: 'e1',
        label: 'rule',
        box: box(460, 25, 540, 55),
      },
    ],
    edges: [
      {
        id: 'e1',
        label: 'rule',
        points: line(200, 40, 800, 40),
      },
    ],
    markers: [],
  }
}

describe('judgeDiagram: one rule broken at a time', () => {
  it('finds nothing on a clean diagram', () => {
    expect(judgeDiagram(healthy())).toEqual([])
  })
  it.each<[string, (d: DiagramGeometry) => void, RegExp]>([
    [
      'a diagram too small for the stage',
      (d) => {
        d.fill = 0.28
      },
      /too-small: label "Test loop": the diagram fills 28 % of the area under the headline \(at least 60 %\)/,
    ],
    [
      'off-centre text',
      (d) => {
        d.nodes[0].text = box(20, 20, 140, 60)
      },
      /off-centre: label "Washington": its text is off-centre: 20 px of padding on the left, 60 px on the right/,
    ],
    [
      'a label on another edge',
      (d) => {
        d.edges.push({
          id: 'e2',
          label: 'chips',
          points: line(500, -100, 500, 200),
        })
      },
      /label-on-edge: label "rule": the edge "chips" runs through this label/,
    ],
    [
      'two labels overlapping',
      (d) => {
        d.edgeLabels.push({
          id: 'e3',
          label: 'tariff',
          box: box(520, 30, 600, 60),
        })
      },
      /labels-overlap: label "rule": it overlaps the label "tariff" by 20 px/,
    ],
    [
      'a citation marker inside a node',
      (d) => {
        d.markers.push({
          text: '[9]',
          box: box(150, 30, 170, 50),
        })
      },
      /marker-in-node: label "Washington": the citation marker "\[9\]" sits inside this node/,
    ],
    [
      'an edge mostly under its label',
      (d) => {
        d.edgeLabels[0].box = box(220, 25, 780, 55)
      },
      /edge-hidden: label "rule": the edge "rule" is visible along \d+ % of its length \(at least 80 %\)/,
    ],
  ])('%s', (_, breakIt, message) => {
    const d = healthy()
    breakIt(d)
    const lines = judgeDiagram(d).map(f => formatGeometryFinding('Slide 9', f))
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(message),
    ]))
    expect(lines.every(l => l.startsWith('Slide 9, diagram "Test loop": '))).toBe(true)
  })
  it('judges lengths as on a 1920-wide slide: 3 screen px at half size is 6 px', () => {
    const d = healthy()
    d.scale = 2
    d.nodes[0].text = box(38.5, 20, 158.5, 60)
    expect(judgeDiagram(d).map(f => f.rule)).toEqual(['off-centre'])
  })
})

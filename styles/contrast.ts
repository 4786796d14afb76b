/** WCAG 2.x relative luminance and contrast ratio, for checking the design tokens. */
function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045
    ? c / 12.92
    : ((c + 0.055) / 1.055) ** 2.4
}

export function parseHex(hex: string): [number, number, number] {
  const match = hex.match(/^#([0-9a-f]{6})$/i)
  if (!match)
    throw new Error(`Expected a #rrggbb colour, got "${hex}"`)
  const n = Number.parseInt(match[1], 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(channel)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [
    luminance(a),
    luminance(b),
  ].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

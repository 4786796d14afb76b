import type { Figure, Unit } from './schema.ts'

const MINUS = '\u2212'
/** A no-break space before the per cent sign: "17 %" never breaks between the number and its sign. */
const PERCENT = '\u00A0%'

/** Up to `digits` significant digits, trailing zeros dropped: 5.576, 30.84, 589. */
export function significant(value: number, digits = 4): string {
  if (!Number.isFinite(value))
    throw new RangeError(`Cannot format ${value}`)
  const rounded = Number.parseFloat(Math.abs(value).toPrecision(digits))
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 })
}

const SCALES: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
]

/** 2_788_000 → "2.788 M", 589e9 → "589 B", 950 → "950". Thousands stay grouped below `compactFrom`. */
export function compact(value: number, compactFrom = 1e5): string {
  const sign = value < 0
    ? MINUS
    : ''
  const abs = Math.abs(value)
  if (abs >= compactFrom) {
    for (const [scale, suffix] of SCALES) {
      if (abs >= scale)
        return `${sign}${significant(abs / scale)} ${suffix}`
    }
  }
  return `${sign}${significant(abs, 6)}`
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    // The deck's one percent style, as its headlines write it: "−17 %", the sign held to its number.
    case '%':
      return `${value < 0
        ? MINUS
        : ''}${significant(Math.abs(value))}${PERCENT}`
    case 'USD':
      return `${value < 0
        ? MINUS
        : ''}$${compact(Math.abs(value))}`
    case 'CNY':
      return `¥${compact(value)}`
    case 'rank':
      return `No. ${value}`
    case 'bytes':
      return formatBytes(value)
    case 'x':
      return `${significant(value, 3)}×`
    case 'year':
      return String(value)
    case 'GPU-hours':
      return `${compact(value)} GPU-hours`
    case 'GPUs':
      return `${compact(value)} GPUs`
    case 'params':
    case 'tokens':
      return compact(value, 1e3)
    default:
      return compact(value)
  }
}

export function formatFigure(figure: Figure<string>): string {
  return formatValue(figure.value, figure.unit)
}

/** Binary units, as memory is sized: 70,272 → "68.6 KiB", 3,997,696 → "3.81 MiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0)
    throw new RangeError(`Cannot format ${bytes} bytes`)
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0
    ? `${value} bytes`
    : `${significant(value, 3)} ${units[unit]}`
}

/** A figure split for display: the number large, the unit word (if any) smaller beside it. */
export function figureParts(figure: Figure<string>): { number: string, suffix: string } {
  const text = formatFigure(figure)
  const suffix = figure.unit === 'GPU-hours' || figure.unit === 'GPUs'
    ? figure.unit
    : ''
  return {
    number: suffix
      ? text.slice(0, -suffix.length).trim()
      : text,
    suffix,
  }
}

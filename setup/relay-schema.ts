/**
 * The one message the presenting relay carries: where the talk is (slide, click step), who moved it last, and the
 * presenter's timer. A closed schema: every key is known, every value typed and bounded, nothing else passes. The
 * relay (scripts/present/relay.ts) checks every frame against it; the deck (relay-sync.ts) builds frames with
 * `navMessage` and checks what it receives too.
 * No markup, no file, no code travels this way: a paired phone can move the talk and nothing else.
 */

/** A frame larger than this is refused before it is parsed. */
export const MAX_RELAY_FRAME = 4096
/** Click steps on one slide, at most (the deck has under 10). */
export const MAX_CLICKS = 99

export interface NavTimer {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

export interface NavMessage {
  type: 'nav'
  page: number
  clicks: number
  clicksTotal: number
  lastUpdate: { id: string, type: 'presenter' | 'viewer', time: number }
  timer?: NavTimer
}

export type Parsed<T> = { ok: true, value: T } | { ok: false, reason: string }

const fail = (reason: string): { ok: false, reason: string } => ({ ok: false, reason })

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
}

/** The keys of `value` that `allowed` does not name. */
function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter(k => !allowed.includes(k))
}

function int(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/** A millisecond timestamp or 0 (Date.now() stays under 2^53 for a long while). */
function time(value: unknown): value is number {
  return int(value, 0, Number.MAX_SAFE_INTEGER)
}

function parseTimer(value: unknown): Parsed<NavTimer> {
  if (!isRecord(value))
    return fail('timer is not an object')
  const extra = unknownKeys(value, ['status', 'startedAt', 'pausedAt'])
  if (extra.length)
    return fail(`timer has unknown keys: ${extra.join(', ')}`)
  if (value.status !== 'stopped' && value.status !== 'running' && value.status !== 'paused')
    return fail('timer.status is not stopped, running or paused')
  if (!time(value.startedAt) || !time(value.pausedAt))
    return fail('timer.startedAt and timer.pausedAt must be millisecond times')
  return {
    ok: true,
    value: { status: value.status, startedAt: value.startedAt, pausedAt: value.pausedAt },
  }
}

/**
 * Parses one frame's text against the schema, for a deck of `slides` slides. Returns the message rebuilt from its
 * checked fields only (never the parsed object itself), or why it was refused.
 */
export function parseNavMessage(text: string, slides: number): Parsed<NavMessage> {
  if (text.length > MAX_RELAY_FRAME)
    return fail(`frame of ${text.length} characters is over ${MAX_RELAY_FRAME}`)
  let data: unknown
  try {
    data = JSON.parse(text)
  }
  catch {
    return fail('frame is not JSON')
  }
  if (!isRecord(data))
    return fail('frame is not a JSON object')
  const extra = unknownKeys(data, [
    'type',
    'page',
    'clicks',
    'clicksTotal',
    'lastUpdate',
    'timer',
  ])
  if (extra.length)
    return fail(`unknown keys: ${extra.join(', ')}`)
  if (data.type !== 'nav')
    return fail('type is not "nav"')
  if (!int(data.page, 1, slides))
    return fail(`page is not a slide number from 1 to ${slides}`)
  if (!int(data.clicks, 0, MAX_CLICKS) || !int(data.clicksTotal, 0, MAX_CLICKS))
    return fail(`clicks and clicksTotal must be whole numbers from 0 to ${MAX_CLICKS}`)
  const last = data.lastUpdate
  if (!isRecord(last) || unknownKeys(last, ['id', 'type', 'time']).length)
    return fail('lastUpdate must be {id, type, time}')
  if (typeof last.id !== 'string' || !/^[\w.:/[\]-]{1,160}$/.test(last.id))
    return fail('lastUpdate.id must be 1 to 160 characters of an origin and an id')
  if (last.type !== 'presenter' && last.type !== 'viewer')
    return fail('lastUpdate.type is not presenter or viewer')
  if (!time(last.time))
    return fail('lastUpdate.time is not a millisecond time')
  const message: NavMessage = {
    type: 'nav',
    page: data.page,
    clicks: data.clicks,
    clicksTotal: data.clicksTotal,
    lastUpdate: { id: last.id, type: last.type, time: last.time },
  }
  if (data.timer !== undefined) {
    const timer = parseTimer(data.timer)
    if (!timer.ok)
      return timer
    message.timer = timer.value
  }
  return { ok: true, value: message }
}

/** The relay frame for Slidev's shared state (its extra fields, such as the cursor and per-slide times, stay home). */
export function navMessage(state: { page: number, clicks: number, clicksTotal: number, lastUpdate?: NavMessage['lastUpdate'], timer?: NavTimer }): NavMessage | undefined {
  if (!state.lastUpdate)
    return undefined
  return {
    type: 'nav',
    page: Number(state.page),
    clicks: Number(state.clicks),
    clicksTotal: Number(state.clicksTotal),
    lastUpdate: { id: state.lastUpdate.id, type: state.lastUpdate.type, time: state.lastUpdate.time },
    ...(state.timer
      ? {
          // Whole milliseconds, as parseNavMessage requires: a fraction would get this device's socket closed.
          timer: {
            status: state.timer.status,
            startedAt: Math.round(state.timer.startedAt),
            pausedAt: Math.round(state.timer.pausedAt),
          },
        }
      : {}),
  }
}

import type { Rehearsal } from '../../components/rehearsal.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { buildReport, pausedSeconds, reportBars, reportMarkdown, shortTitle, slideTimes, stepTimes, usualOverruns } from '../../components/rehearsal-report.ts'
import { newRehearsal } from '../../components/rehearsal.ts'
import { noteBudgetSeconds, PROJECT_ROOT, readSlides } from '../../scripts/lib/deck-info.ts'
import { reportHtml } from '../../scripts/lib/rehearsal-html.ts'

const s = (seconds: number) => seconds * 1000
const deck = [
  { title: 'Cover', budget: 30 },
  { title: 'The rise', budget: 60 },
  { title: 'The squeeze', budget: 90 },
]
const titles = deck.map(d => d.title)

/** A run that enters slides at the given seconds, with optional pauses, ending at `end` s. */
function run(start: number, entries: Array<[number, number]>, end: number, pauses: Array<[number, number]> = []): Rehearsal {
  const base = newRehearsal(titles, entries[0][1], s(start + entries[0][0]))
  const events = [
    ...base.events,
    ...entries.slice(1).map(([at, slide]) => ({
      at: s(start + at),
      kind: 'enter' as const,
      slide,
    })),
    ...pauses.flatMap(([from, to]) => [
      {
        at: s(start + from),
        kind: 'pause' as const,
      },
      {
        at: s(start + to),
        kind: 'resume' as const,
      },
    ]),
  ].sort((a, b) => a.at - b.at)
  return {
    ...base,
    events,
    ended: s(start + end),
  }
}

describe('slideTimes and pausedSeconds', () => {
  it.each<[string, Rehearsal, number[], number]>([
    [
      'on plan',
      run(0, [
        [0, 1],
        [30, 2],
        [90, 3],
      ], 180),
      [30, 60, 90],
      0,
    ],
    [
      'a 2-minute question on slide 2 is not slide time',
      run(0, [
        [0, 1],
        [30, 2],
        [210, 3],
      ], 300, [
        [60, 180],
      ]),
      [30, 60, 90],
      120,
    ],
    [
      'back to slide 1: both visits count',
      run(0, [
        [0, 1],
        [30, 2],
        [60, 1],
        [70, 3],
      ], 100),
      [40, 30, 30],
      0,
    ],
  ])('%s', (_, r, times, paused) => {
    expect(slideTimes(r)).toEqual(times)
    expect(pausedSeconds(r)).toBe(paused)
  })
})

describe('buildReport: three runs of a three-slide deck', () => {
  const runs = [
    {
      name: 'b.json',
      run: run(1000, [
        [0, 1],
        [40, 2],
        [140, 3],
      ], 240),
    },
    {
      name: 'a.json',
      run: run(0, [
        [0, 1],
        [50, 2],
        [170, 3],
      ], 270),
    },
    {
      name: 'c.json',
      run: run(2000, [
        [0, 1],
        [30, 2],
        [100, 3],
      ], 190),
    },
  ]
  const report = buildReport(runs, deck, 240)
  it('orders runs by when they began and totals each', () => {
    expect(report.runs.map(r => [r.name, r.total])).toEqual([
      ['a.json', 270],
      ['b.json', 240],
      ['c.json', 190],
    ])
  })
  it('has per-slide actual times, medians and overrun counts', () => {
    expect(report.rows.map(r => [
      r.slide,
      r.actual,
      r.median,
      r.overruns,
    ])).toEqual([
      [
        1,
        [50, 40, 30],
        40,
        1,
      ],
      [
        2,
        [120, 100, 70],
        100,
        2,
      ],
      [
        3,
        [100, 100, 90],
        100,
        0,
      ],
    ])
    expect(usualOverruns(report).map(r => r.slide)).toEqual([2])
  })
  it('writes Markdown and HTML a person can read: totals against the slot, the trend, the usual overrun', () => {
    const md = reportMarkdown(report)
    expect(md).toContain('3 run(s); planned 3:00 of a 4:00 slot.')
    expect(md).toContain('Trend of the total: 4:30 → 4:00 → 3:10.')
    expect(md).toContain('Over budget in most runs: slide 2 (median 1:40 for 1:00).')
    expect(md).toContain('| 2 | The rise | 1:00 | 2:00 | 1:40 | 1:10 | 1:40 | 2 of 3 |')
    const html = reportHtml(report)
    expect(html).toContain('<td>The rise</td>')
    expect(html).toContain('prefers-color-scheme: dark')
    expect(html).toMatch(/1:40 \/ 1:00 · over in most runs/)
    expect(html, 'the totals drawn against the slot, the run over it marked').toMatch(/Total of each run against the slot[\s\S]*>Run 1<[\s\S]*class="over">4:30 · over the slot</)
  })
})

describe('click steps: where the time went on a slide', () => {
  /** Slide 2 of a run: entered at 30 s, click 1 at `click1` s, click 2 at `click2` s, slide 3 at 150 s, ended at 240 s. */
  function stepped(start: number, click1: number, click2: number, pause?: [number, number]): Rehearsal {
    const r = run(start, [
      [0, 1],
      [30, 2],
      [150, 3],
    ], 240, pause
      ? [pause]
      : [])
    const steps = [
      {
        at: s(start + click1),
        kind: 'step' as const,
        slide: 2,
        click: 1,
      },
      {
        at: s(start + click2),
        kind: 'step' as const,
        slide: 2,
        click: 2,
      },
    ]
    return {
      ...r,
      events: [
        ...r.events,
        ...steps,
      ].sort((a, b) => a.at - b.at),
    }
  }
  it('times each step, pauses left out, and the slide is their sum', () => {
    const r = stepped(0, 50, 130, [60, 80])
    expect(stepTimes(r)[1]).toEqual([20, 60, 20])
    expect(slideTimes(r)).toEqual([30, 100, 90])
    expect(stepTimes(r)[0], 'a slide without clicks is one step').toEqual([30])
  })
  it('reports the median of each step on the slides that usually run over', () => {
    const report = buildReport([
      {
        name: 'a.json',
        run: stepped(0, 40, 140),
      },
      {
        name: 'b.json',
        run: stepped(1000, 60, 100),
      },
      {
        name: 'c.json',
        run: stepped(2000, 50, 120),
      },
    ], deck, 240)
    expect(report.rows[1].steps).toEqual([20, 70, 30])
    const md = reportMarkdown(report)
    expect(md).toContain('Over budget in most runs: slide 2 (median 2:00 for 1:00).')
    expect(md, 'the step times follow the overrun, in the Markdown too').toContain('Median time per click step (before the first click, then each click): slide 2: 0:20, 1:10, 0:30.')
    expect(reportHtml(report)).toContain('slide 2: 0:20, 1:10, 0:30.')
  })
  it('leaves out of the chart a slide with no budget that no run showed, and keeps one a run showed', () => {
    const withAppendix = [
      ...deck,
      { title: 'Appendix', budget: 0 },
      { title: 'Sources', budget: 0 },
    ]
    const appendix = [...titles, 'Appendix', 'Sources']
    const shown = {
      ...newRehearsal(appendix, 1, 0),
      ended: s(60),
    }
    shown.events.push({
      at: s(30),
      kind: 'enter',
      slide: 4,
    })
    const bars = reportBars(buildReport([
      { name: 'a.json', run: shown },
    ], withAppendix, 240))
    expect(bars.map(b => b.slide)).toEqual([1, 2, 3, 4])
  })
})

describe('npm run rehearsal -- report', () => {
  const cli = (args: string[]) => promisify(execFile)(process.execPath, [
    join(PROJECT_ROOT, 'scripts/rehearsal.ts'),
    ...args,
  ], { cwd: PROJECT_ROOT })
  it('reports runs of this deck, and refuses a run of another version in one sentence', async () => {
    const slides = await readSlides()
    const real = slides.map(sl => sl.title)
    const dir = await mkdtemp(join(tmpdir(), 'deck-rehearsal-'))
    try {
      const good = newRehearsal(real, 1, 0)
      good.events.push({
        at: s(90),
        kind: 'enter',
        slide: 2,
      })
      good.ended = s(100)
      await writeFile(join(dir, 'run.json'), JSON.stringify(good))
      const { stdout } = await cli([
        'report',
        join(dir, 'run.json'),
      ])
      expect(stdout).toMatch(/1 run\(s\)/)
      const md = await readFile(join(dir, 'rehearsal-report.md'), 'utf8')
      const budget = noteBudgetSeconds(slides[0].note)!
      const html = await readFile(join(dir, 'rehearsal-report.html'), 'utf8')
      expect(html, 'the HTML report carries the deck\'s font, so it looks the same on any machine').toMatch(/@font-face\{font-family:'Inter';font-weight:700;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/)
      expect(md, 'slide 1 took 90 s against the budget in its note').toContain(`| 1 | ${slides[0].title} | 0:${String(budget).padStart(2, '0')} | 1:30 |`)
      await writeFile(join(dir, 'old.json'), JSON.stringify(newRehearsal(real.slice(1), 1, 0)))
      const refused = await cli([
        'report',
        join(dir, 'old.json'),
      ]).then(() => '', (e: { stderr: string }) => e.stderr)
      expect(refused).toMatch(/old\.json cannot be reported against this deck: it was recorded on a deck of \d+ slides and this one has \d+; rehearse again on this version\./)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('titles in the report\'s chart', () => {
  it.each([
    ['The rise', 'The rise'],
    ['Five acts, from a market shock to a policy question', 'Five acts, from a market shock to a policy…'],
    ['Llama 3.1 405B used 11× the GPU-hours of DeepSeek-V3', 'Llama 3.1 405B used 11× the GPU-hours of…'],
    ['Averyveryveryveryveryveryveryveryverylongwordwithoutspaces', 'Averyveryveryveryveryveryveryveryverylongwo…'],
  ])('"%s" → "%s"', (title, short) => {
    expect(shortTitle(title)).toBe(short)
    expect(shortTitle(title).length).toBeLessThanOrEqual(44)
  })
})

/**
 * The least-privilege rules for a GitHub Actions workflow that deploys Pages, as one pure check that lists every
 * rule a workflow text breaks. Used on .github/workflows/pages.yml and on fixtures that must be rejected.
 */
import { parse } from 'yaml'

interface Step { uses?: string, run?: string, with?: Record<string, unknown>, env?: Record<string, unknown> }
interface Job { if?: string, permissions?: Record<string, string> | string, steps?: Step[], environment?: unknown }
interface Workflow { permissions?: unknown, jobs?: Record<string, Job> }

const WRITE_SCOPES = ['pages', 'id-token']
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/

function permissionsOf(job: Job): Record<string, string> {
  return typeof job.permissions === 'object'
    ? job.permissions
    : {}
}

export function workflowProblems(text: string): string[] {
  const workflow = parse(text) as Workflow
  const problems: string[] = []
  const top = workflow.permissions
  if (!(typeof top === 'object' && top !== null && Object.keys(top).length === 0))
    problems.push('top-level permissions must be {} (nothing by default)')
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.permissions === undefined || typeof job.permissions === 'string')
      problems.push(`job ${name}: must list its own permissions`)
    const perms = permissionsOf(job)
    const writes = Object.entries(perms).filter(([, level]) => level === 'write').map(([scope]) => scope)
    const runsCode = (job.steps ?? []).some(step => step.run !== undefined)
    if (writes.length && runsCode)
      problems.push(`job ${name}: runs project code, so it may not have write permissions (${writes.join(', ')})`)
    if (writes.some(scope => !WRITE_SCOPES.includes(scope)))
      problems.push(`job ${name}: writes beyond ${WRITE_SCOPES.join(' and ')}`)
    if (writes.includes('pages') && !/github\.ref\s*==\s*'refs\/heads\/main'/.test(job.if ?? ''))
      problems.push(`job ${name}: deploys, so it must run only for refs/heads/main`)
    for (const step of job.steps ?? []) {
      if (step.uses && !PINNED.test(step.uses))
        problems.push(`job ${name}: ${step.uses} is not pinned to a full commit SHA`)
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        problems.push(`job ${name}: checkout must set persist-credentials: false`)
      if (/\bnpm (?:ci|install)\b/.test(step.run ?? '') && !/--ignore-scripts/.test(step.run ?? ''))
        problems.push(`job ${name}: npm installs must use --ignore-scripts`)
      // What ships (the site and the PDFs it offers) is a release: it must carry the public address, never a
      // loopback placeholder, so build and export run with --release and DECK_URL from the Pages step.
      if (/\bnpm run (?:build|export)\b/.test(step.run ?? '')) {
        if (!/--release\b/.test(step.run ?? ''))
          problems.push(`job ${name}: "${step.run!.trim()}" ships, so it must run with -- --release`)
        if (!String(step.env?.DECK_URL ?? '').includes('base_url'))
          problems.push(`job ${name}: "${step.run!.trim()}" needs DECK_URL from the Pages step's base_url`)
      }
      if (/apt-get install(?:\s+\S+)*\s+chromium(?:\s|$)/m.test(step.run ?? ''))
        problems.push(`job ${name}: apt's chromium is a snap shim on GitHub's runners; use the preinstalled Chrome`)
    }
  }
  return problems
}

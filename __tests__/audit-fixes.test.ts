import { describe, expect, it } from '@jest/globals'
import { addConcurrency, addTimeout, applyScheduleFix } from '../src/core/audit/fixes.js'
import { WorkflowFileError } from '../src/core/errors.js'

const PATH = '.github/workflows/ci.yml'
const GROUP = 'group: ${{ github.workflow }}-${{ github.ref }}'
const CANCEL = { cancelInProgress: true }

describe('addConcurrency', () => {
  it('puts the group after the on: block, a blank line before it when one follows the block', () => {
    const text =
      'name: CI\non:\n  push:\n    branches: [main] # deploys\n\njobs:\n  a:\n    runs-on: x\n'
    expect(addConcurrency(text, PATH, CANCEL)).toBe(
      `name: CI\non:\n  push:\n    branches: [main] # deploys\n\nconcurrency:\n  ${GROUP}\n  cancel-in-progress: true\n\njobs:\n  a:\n    runs-on: x\n`
    )
  })

  it('keeps CRLF line endings and four-space indentation, and writes cancel-in-progress: false when asked', () => {
    const text =
      'on:\r\n    schedule:\r\n        - cron: "5 8 * * *"\r\njobs:\r\n    a:\r\n        runs-on: x\r\n'
    expect(addConcurrency(text, PATH, { cancelInProgress: false })).toBe(
      `on:\r\n    schedule:\r\n        - cron: "5 8 * * *"\r\nconcurrency:\r\n    ${GROUP}\r\n    cancel-in-progress: false\r\njobs:\r\n    a:\r\n        runs-on: x\r\n`
    )
  })

  it('keeps comment lines inside the on: block in it, and a top-level comment with the key below it', () => {
    const text = 'on:\n  push:\n  # pull_request:\n# the jobs\njobs: {}\n'
    expect(addConcurrency(text, PATH, CANCEL)).toBe(
      `on:\n  push:\n  # pull_request:\nconcurrency:\n  ${GROUP}\n  cancel-in-progress: true\n# the jobs\njobs: {}\n`
    )
  })

  it('adds a line break first when on: is the last line and has none', () => {
    expect(addConcurrency('jobs: {}\non: [push]', PATH, CANCEL)).toBe(
      `jobs: {}\non: [push]\nconcurrency:\n  ${GROUP}\n  cancel-in-progress: true\n`
    )
  })

  it('returns the same text when the workflow has a concurrency group', () => {
    const text = 'concurrency: ci\non: push\njobs: {}\n'
    expect(addConcurrency(text, PATH, CANCEL)).toBe(text)
  })

  it('refuses text that is not valid YAML, naming the file', () => {
    expect(() => addConcurrency("on: '\n", PATH, CANCEL)).toThrow(WorkflowFileError)
    expect(() => addConcurrency("on: '\n", PATH, CANCEL)).toThrow(
      /^\.github\/workflows\/ci\.yml: not valid YAML/
    )
  })
})

describe('addTimeout', () => {
  it('puts timeout-minutes on the line after runs-on, at its indentation', () => {
    const text =
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest # hosted\n    steps:\n      - run: make\n'
    expect(addTimeout(text, PATH, 'build', 25)).toBe(
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest # hosted\n    timeout-minutes: 25\n    steps:\n      - run: make\n'
    )
  })

  it('follows a runs-on written as a list, in CRLF', () => {
    const text =
      'on: push\r\njobs:\r\n  b:\r\n    runs-on:\r\n      - self-hosted\r\n      - linux\r\n    steps: []\r\n'
    expect(addTimeout(text, PATH, 'b', 10)).toBe(
      'on: push\r\njobs:\r\n  b:\r\n    runs-on:\r\n      - self-hosted\r\n      - linux\r\n    timeout-minutes: 10\r\n    steps: []\r\n'
    )
  })

  it('follows the first key of a job without runs-on', () => {
    const text = 'on: push\njobs:\n  b:\n    container: node:20\n    steps: []'
    expect(addTimeout(text, PATH, 'b', 10)).toBe(
      'on: push\njobs:\n  b:\n    container: node:20\n    timeout-minutes: 10\n    steps: []'
    )
  })

  it('returns the same text when the job has one', () => {
    const text = 'on: push\njobs:\n  b:\n    runs-on: x\n    timeout-minutes: 5\n'
    expect(addTimeout(text, PATH, 'b', 10)).toBe(text)
  })

  it.each([
    [
      'a reusable-workflow call',
      'on: push\njobs:\n  b:\n    uses: ./.github/workflows/r.yml\n',
      'b',
      /calls a reusable workflow/
    ],
    [
      'a job written as a flow map',
      'on: push\njobs:\n  b: {runs-on: x}\n',
      'b',
      /no job 'b' written as a block map/
    ],
    ['a missing job', 'on: push\njobs:\n  b:\n    runs-on: x\n', 'c', /no job 'c'/]
  ])('refuses %s', (_, text, job, message) => {
    expect(() => addTimeout(text, PATH, job, 10)).toThrow(message)
  })
})

describe('applyScheduleFix', () => {
  it('swaps only the named cron, keeping its quote style', () => {
    const text = 'on:\n  schedule:\n    - cron: \'*/5 * * * *\' # busy\n    - cron: "0 8 * * *"\n'
    const detail = {
      cron: '*/5 * * * *',
      shortestGap: 5,
      minInterval: 15,
      suggested: '*/15 * * * *',
      runsBefore: 8640,
      runsAfter: 2880
    }
    expect(applyScheduleFix(text, PATH, detail)).toBe(
      'on:\n  schedule:\n    - cron: \'*/15 * * * *\' # busy\n    - cron: "0 8 * * *"\n'
    )
  })

  it('leaves the text alone when there is no suggestion', () => {
    const text = "on:\n  schedule:\n    - cron: '0 8 * * *'\n"
    expect(applyScheduleFix(text, PATH, { cron: '0 8 * * *', suggested: null })).toBe(text)
  })
})

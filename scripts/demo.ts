// The newcomer's demo: the real bundle (dist/index.js) against the GitHub fake seeded with examples/, offline.
// Two runs of one month: quota to spare on day 12, then a heavy week. Prints what a user would see on GitHub. Then
// dispatch mode on examples/dispatch/: a day of ticks (demo-dispatch.ts). `--dispatch` runs that part alone.
import { execFileSync } from 'node:child_process'
import { createTwoFilesPatch } from 'diff'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { startGitHubFake, type GitHubFake } from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'
import { dispatchDemo } from './demo-dispatch.js'

const RULE = '─'.repeat(100)

function heading(text: string): void {
  console.log(`\n${RULE}\n${text}\n${RULE}`)
}

function pullRequestDiff(fake: GitHubFake, branch: string): string {
  const files = Object.keys(exampleFiles()).filter(p => p.startsWith('.github/workflows/'))
  return files
    .map(path => {
      const before = fake.fileAt('main', path) ?? ''
      const after = fake.fileAt(branch, path) ?? ''
      return before === after
        ? ''
        : createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '').replace(/^=+\n/, '')
    })
    .join('')
}

async function step(fake: GitHubFake, title: string, now: string, used: string): Promise<void> {
  heading(
    `${title}\n$ node dist/index.js   (INPUT_USED=${used}, INPUT_QUOTA=1500, INPUT_RESET-DAY=1, now ${now})`
  )
  const run = await runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: 'demo-token', used },
    now
  })
  if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`)
  console.log('\nJob summary:\n')
  console.log(run.summary)
  const outputs = [
    'mode',
    'status',
    'pull-request-operation',
    'pull-request-number',
    'issue-number'
  ]
  console.log(`Outputs: ${outputs.map(name => `${name}=${run.outputs[name] || '∅'}`).join('  ')}`)
}

function showGitHub(fake: GitHubFake): void {
  for (const pull of fake.pulls()) {
    heading(
      `Pull request #${pull.number} [${pull.state}] ${pull.title}   (${pull.head} → ${pull.base}, labels: ${pull.labels.join(', ')})`
    )
    console.log(pull.body)
    console.log('\nFiles changed:\n')
    console.log(pullRequestDiff(fake, pull.head))
  }
  for (const issue of fake.issues()) {
    heading(
      `Issue #${issue.number} [${issue.state}] ${issue.title}   (labels: ${issue.labels.join(', ')})`
    )
    console.log(issue.body)
    for (const comment of issue.comments) console.log(`\n💬 ${comment}`)
  }
}

async function cronDemo(): Promise<void> {
  heading(`The CLI on the same example: $ node dist/cli/index.js ${cliArgs.join(' ')}`)
  console.log(
    execFileSync(process.execPath, ['dist/cli/index.js', ...cliArgs], { encoding: 'utf8' })
  )
  const fake = await startGitHubFake({ files: exampleFiles() })
  try {
    await step(fake, 'Day 12: 300 of 1,500 used — quota to spare', '2025-11-12T00:00:00Z', '300')
    await step(
      fake,
      'Day 19: a heavy week, 1,150 used — projected over the quota',
      '2025-11-19T00:00:00Z',
      '1150'
    )
    showGitHub(fake)
    heading(
      `GitHub fake: ${fake.requests.length} requests, all checked against GitHub's OpenAPI description (${fake.violations.length} violations)`
    )
    if (fake.violations.length > 0) console.log(fake.violations.join('\n'))
  } finally {
    await fake.close()
  }
}

const cliArgs = [
  'status',
  '--quota',
  '1500',
  '--used',
  '300',
  '--now',
  '2025-11-12T00:00:00Z',
  '--root',
  'examples'
]
if (!process.argv.includes('--dispatch')) await cronDemo()
await dispatchDemo()

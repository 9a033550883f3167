// The newcomer's demo: the bundled CLI on the example repository (examples/), offline.
import { execFileSync } from 'node:child_process'

const args = [
  '--quota',
  '1500',
  '--used',
  '300',
  '--reset-day',
  '1',
  '--now',
  '2025-11-12T02:24:00Z',
  '--root',
  'examples'
]
for (const command of ['status', 'plan']) {
  console.log(`\n$ dynamic-workflow-orchestrator ${command} ${args.join(' ')}\n`)
  execFileSync(process.execPath, ['dist/cli/index.js', command, ...args], { stdio: 'inherit' })
}

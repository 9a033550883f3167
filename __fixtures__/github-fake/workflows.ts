import type { FakeWorkflowSeed, WorkflowState } from './actions-types.js'
import type { Commit, Git } from './git.js'
import { isWorkflowPath, readWorkflowFile } from './workflow-file.js'

/** A workflow of the fake repository. */
export interface WorkflowRecord {
  id: number
  nodeId: string
  name: string
  path: string
  state: WorkflowState
  createdAt: string
  updatedAt: string
}

const FALLBACK_DATE = '2020-01-01T00:00:00Z'

/** A stable number in [base, base + span) for a text (FNV-1a), so ids do not move as files come and go. */
export function stableNumber(text: string, base = 10_000_000, span = 90_000_000): number {
  let hash = 0x811c9dc5
  for (const char of Buffer.from(text)) hash = Math.imul(hash ^ char, 0x01000193) >>> 0
  return base + (hash % span)
}

/** When a file first appeared on a branch's first-parent history, and when it last changed. */
function fileDates(
  history: Commit[],
  path: string
): { created: string; updated: string } | undefined {
  let created: string | undefined
  let updated: string | undefined
  for (let i = 0; i < history.length; i++) {
    const commit = history[i] as Commit
    const sha = commit.files.get(path)
    if (sha === undefined) break
    created = commit.date
    if (updated === undefined && history[i + 1]?.files.get(path) !== sha) updated = commit.date
  }
  return created === undefined ? undefined : { created, updated: updated ?? created }
}

/**
 * The repository's workflows: every workflow file on the default branch plus the seeded ones (which may
 * have no file, like a recording's). Seeds set ids, names and states; states change through the API.
 */
export class WorkflowRegistry {
  private readonly seeds = new Map<string, FakeWorkflowSeed>()
  private readonly states = new Map<string, WorkflowState>()

  constructor(
    private readonly git: Git,
    private readonly branch: string,
    seeds: FakeWorkflowSeed[] = []
  ) {
    for (const seed of seeds) this.seed(seed)
  }

  /** Adds or replaces a seed. */
  seed(seed: FakeWorkflowSeed): void {
    this.seeds.set(seed.path, seed)
    if (seed.state) this.states.set(seed.path, seed.state)
  }

  /** Every workflow, by id. */
  all(): WorkflowRecord[] {
    const head = this.git.resolve(this.branch)
    const files = head ? [...head.files.keys()].filter(isWorkflowPath) : []
    const history = head ? this.git.history(head.sha) : []
    const paths = new Set([...files, ...this.seeds.keys()])
    return [...paths].map(p => this.record(p, head, history)).sort((a, b) => a.id - b.id)
  }

  /** A workflow by numeric id, file name (`nightly.yml`) or path. */
  find(key: string | number): WorkflowRecord | undefined {
    const text = String(key)
    const all = this.all()
    if (/^\d+$/.test(text)) return all.find(w => w.id === Number(text))
    return all.find(w => w.path === text || w.path.split('/').pop() === text)
  }

  setState(path: string, state: WorkflowState): void {
    this.states.set(path, state)
  }

  private record(path: string, head: Commit | undefined, history: Commit[]): WorkflowRecord {
    const seed = this.seeds.get(path)
    const sha = head?.files.get(path)
    const text = sha === undefined ? undefined : this.git.blob(sha)?.toString('utf8')
    const id = seed?.id ?? stableNumber(path)
    const dates = fileDates(history, path)
    return {
      id,
      nodeId: seed?.nodeId ?? `W_kwDOABPHjc4${Buffer.from(String(id)).toString('base64url')}`,
      name: seed?.name ?? readWorkflowFile(text).name ?? path,
      path,
      state: this.states.get(path) ?? 'active',
      createdAt: seed?.createdAt ?? dates?.created ?? FALLBACK_DATE,
      updatedAt: seed?.updatedAt ?? dates?.updated ?? FALLBACK_DATE
    }
  }
}

/**
 * How a schedule change reaches the base branch (input `delivery`), in process over the real GitHub adapter against
 * the GitHub fake: a plain pull request, one with auto-merge turned on through GraphQL, or a direct commit; and
 * their refusals, which leave nothing half-made.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { applySut, type ApplySut } from '../__fixtures__/apply-sut.js'
import { PermissionError } from '../src/ports/errors.js'
import { issueBody, jobSummary } from '../src/reports/markdown.js'
import { type RunResult } from '../src/use-cases/apply-schedules/apply-schedules.js'

let sut: ApplySut | undefined

afterEach(async () => {
  expect(sut?.fake.violations).toEqual([])
  await sut?.fake.close()
  sut = undefined
})

async function start(...args: Parameters<typeof applySut>) {
  sut = await applySut(...args)
  return sut
}

// 1,600 of 1,500 used: CRITICAL, every managed workflow moves to its conservative crons.
const CRITICAL = { used: '1600' }
const AUTO_MERGE_FIX =
  "enable 'Allow auto-merge' under Settings → General → Pull Requests, or use delivery: pull-request"

const mutations = (s: ApplySut) =>
  s.fake.requests.filter(
    r =>
      r.operationId === 'graphql' &&
      JSON.stringify(r.body).includes('enablePullRequestAutoMerge') &&
      r.status === 200
  )

function summary(result: RunResult, dryRun = false): string {
  return jobSummary(result.plan, {
    dryRun,
    pullRequest: result.pullRequest.pullRequest,
    pullRequestOperation: result.pullRequest.operation,
    issue: result.alert.issue,
    issueOperation: result.alert.operation,
    requests: result.requests,
    delivery: result.pullRequest
  })
}

describe('delivery', () => {
  describe('when it is pull-request (the default)', () => {
    it('opens the pull request and asks GitHub for no auto-merge', async () => {
      const s = await start({ allowAutoMerge: true })
      const result = await s.run(CRITICAL)
      expect(result.pullRequest).toMatchObject({ operation: 'created', delivery: 'pull-request' })
      expect(result.pullRequest.autoMerge).toBeUndefined()
      expect(mutations(s)).toHaveLength(0)
      expect(s.fake.autoMerges()).toEqual([])
    })
  })

  describe('when it is auto-merge', () => {
    describe('and the repository allows auto-merge', () => {
      it('turns it on for the new pull request, with a merge commit', async () => {
        const s = await start({ allowAutoMerge: true })
        const result = await s.run({ ...CRITICAL, delivery: 'auto-merge' })
        const number = result.pullRequest.pullRequest?.number
        expect(result.pullRequest.autoMerge).toEqual({ enabled: true })
        expect(s.fake.autoMerges()).toEqual([
          expect.objectContaining({ number, mergeMethod: 'MERGE' })
        ])
        expect(summary(result)).toContain(
          `- Auto-merge: on for #${number} — GitHub merges it once its required checks pass`
        )
      })

      it('does not ask again on the next run while it is on', async () => {
        const s = await start({ allowAutoMerge: true })
        await s.run({ ...CRITICAL, delivery: 'auto-merge' })
        const again = await s.run({ used: '1650', delivery: 'auto-merge' })
        expect(again.pullRequest.autoMerge).toEqual({ enabled: true })
        expect(mutations(s)).toHaveLength(1)
      })
    })

    describe('and the repository does not allow auto-merge', () => {
      it('leaves the pull request open and warns, naming the setting', async () => {
        const s = await start({ allowAutoMerge: false })
        const result = await s.run({ ...CRITICAL, delivery: 'auto-merge' })
        expect(result.pullRequest.operation).toBe('created')
        expect(result.pullRequest.autoMerge).toEqual({
          enabled: false,
          problem: expect.stringContaining(AUTO_MERGE_FIX)
        })
        expect(s.fake.pulls().filter(p => p.state === 'open')).toHaveLength(1)
        expect(s.fake.autoMerges()).toEqual([])
        expect(summary(result)).toContain('- ⚠️ Auto-merge not turned on: ')
        expect(summary(result)).toContain(AUTO_MERGE_FIX)
      })
    })

    describe('and GitHub answers that the pull request is mergeable now', () => {
      it('warns with GitHub’s words and the way out', async () => {
        const s = await start({ allowAutoMerge: true, refuseAutoMergeWhenClean: true })
        const result = await s.run({ ...CRITICAL, delivery: 'auto-merge' })
        expect(result.pullRequest.autoMerge).toEqual({
          enabled: false,
          problem: expect.stringMatching(/clean status[^]*delivery: direct/)
        })
        expect(s.fake.pulls().filter(p => p.state === 'open')).toHaveLength(1)
      })
    })
  })

  describe('when it is direct', () => {
    describe('and the base branch is not protected', () => {
      it('moves main forward by one commit holding exactly the new workflow texts', async () => {
        const s = await start()
        const before = s.fake.branchHead('main')
        const result = await s.run({ ...CRITICAL, delivery: 'direct' })
        const [commit] = s.fake.commitsOn('main')
        expect(result.pullRequest).toMatchObject({ operation: 'none', delivery: 'direct' })
        expect(result.pullRequest.commit).toBe(commit?.sha)
        expect(commit?.parents).toEqual([before])
        const changed = result.plan.workflows.filter(w => w.changed)
        expect(changed.length).toBeGreaterThan(0)
        for (const w of changed) expect(s.fake.fileAt('main', w.path)).toBe(w.newText)
        expect(s.fake.branches()).not.toContain('orchestrator/schedules')
        expect(s.fake.pulls()).toEqual([])
        expect(summary(result)).toContain(
          `- Committed directly to the base branch: \`${commit?.sha}\``
        )
      })

      it('finds nothing to change on the next run, and counts the change in force', async () => {
        const s = await start()
        await s.run({ ...CRITICAL, delivery: 'direct' })
        const head = s.fake.branchHead('main')
        const again = await s.run({ used: '1650', delivery: 'direct' })
        expect(again.plan.workflows.filter(w => w.changed)).toEqual([])
        expect(s.fake.branchHead('main')).toBe(head)
        expect(again.plan.inForce?.mode).toBe('conservative')
      })

      it('closes a schedule pull request an earlier run left open, naming the commit', async () => {
        const s = await start()
        await s.run({ used: '300' })
        const result = await s.run({ ...CRITICAL, delivery: 'direct' })
        const [pull] = s.fake.pulls()
        expect(result.pullRequest.operation).toBe('closed')
        expect(pull?.state).toBe('closed')
        expect(pull?.comments.at(-1)).toContain(`directly (${result.pullRequest.commit})`)
        expect(s.fake.branches()).not.toContain('orchestrator/schedules')
      })

      it('writes nothing in dry run, and says what it would do', async () => {
        const s = await start()
        const before = s.fake.branchHead('main')
        const result = await s.run({ ...CRITICAL, delivery: 'direct', 'dry-run': 'true' })
        expect(s.fake.branchHead('main')).toBe(before)
        expect(result.pullRequest.commit).toBeUndefined()
        expect(summary(result, true)).toContain(
          '- Delivery: direct — the change would be committed'
        )
      })
    })

    describe('and branch protection refuses the commit', () => {
      it('fails naming the protection and the other deliveries, leaving every branch as it was', async () => {
        const s = await start({ protectedBranches: ['main'] })
        const head = s.fake.branchHead('main')
        const branches = s.fake.branches()
        const error = await s.fail({ ...CRITICAL, delivery: 'direct' })
        expect(error).toBeInstanceOf(PermissionError)
        expect(error.message).toContain('Changes must be made through a pull request.')
        expect(error.message).toContain('use delivery: auto-merge or pull-request')
        expect(s.fake.branchHead('main')).toBe(head)
        expect(s.fake.branches()).toEqual(branches)
        expect(s.fake.pulls()).toEqual([])
      })
    })
  })

  describe('when the pull request has waited more than a day', () => {
    it('says so in the summary and in the alert issue', async () => {
      const s = await start({ now: '2025-11-12T02:24:00Z' })
      const first = await s.run(CRITICAL, '2025-11-12T02:24:00Z')
      s.fake.setNow('2025-11-14T14:24:00Z')
      const later = await s.run({ used: '1650' }, '2025-11-14T14:24:00Z')
      const number = first.pullRequest.pullRequest?.number
      expect(later.pullRequest.pullRequest?.number).toBe(number)
      expect(summary(later)).toContain(
        `- ⚠️ The schedule change in #${number} has waited 2.5 days to be merged`
      )
      const [issue] = s.fake.issues()
      expect(issue?.body).toContain(
        `Schedule pull request: #${number} — waiting 2.5 days to be merged`
      )
      expect(issueBody(first.plan, first.pullRequest.pullRequest)).not.toContain('waiting')
    })
  })
})

import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { applySut, type ApplySut } from '../__fixtures__/apply-sut.js'
import { jsonReport } from '../src/reports/json-report.js'

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

const openIssues = (s: ApplySut) => s.fake.issues().filter(i => i.state === 'open')

describe('apply schedules (in process, against the GitHub fake)', () => {
  describe('when `used` is empty and the latest state sample is ten days old', () => {
    // Day 5 of November: 1,000 of 1,500 used, 200 a day → projection far above the quota.
    const heavy = { used: '1000' }
    const sampleDay = '2025-11-06T00:00:00Z'
    const tenDaysLater = '2025-11-16T00:00:00Z'

    it('assesses the sample at its own time: a CRITICAL repository stays CRITICAL and conservative', async () => {
      const s = await start()
      await s.run(heavy, sampleDay)
      const later = await s.run({ used: '' }, tenDaysLater)
      expect(later.plan.usage.used).toBe(1000)
      expect(later.plan.usage.burnRate).toBeCloseTo(1000 / 5)
      expect(later.plan.usage.status).toBe('CRITICAL')
      expect(later.plan.mode).toBe('conservative')
      expect(later.alert.operation).not.toBe('closed')
      expect(openIssues(s)).toHaveLength(1)
    })

    it('says how old the figure is and warns that it is stale', async () => {
      const s = await start()
      await s.run(heavy, sampleDay)
      const later = await s.run({ used: '' }, tenDaysLater)
      expect(later.plan.usage.reading).toEqual({
        at: new Date(sampleDay),
        ageDays: 10,
        source: 'state'
      })
      expect(later.plan.usage.warnings).toContainEqual({
        kind: 'stale-sample',
        at: new Date(sampleDay),
        ageDays: 10
      })
      expect(later.plan.usage.period.remainingDays).toBe(15)
      expect(jsonReport(later.plan).usage).toMatchObject({
        source: 'state',
        sampleAt: '2025-11-06T00:00:00.000Z',
        sampleAgeDays: 10
      })
    })
  })

  describe('when a person closed the alert issue while the usage is still CRITICAL', () => {
    it('reopens that issue with a comment instead of opening another', async () => {
      const s = await start()
      const first = await s.run({ used: '1600' })
      const number = first.alert.issue?.number as number
      const person = new Octokit({ auth: 'ghp_person', baseUrl: s.fake.url })
      await person.issues.update({
        owner: s.fake.owner,
        repo: s.fake.repo,
        issue_number: number,
        state: 'closed'
      })
      const again = await s.run({ used: '1650' })
      expect(again.alert).toMatchObject({ operation: 'reopened', issue: { number } })
      expect(s.fake.issues()).toHaveLength(1)
      expect(openIssues(s)[0]?.comments.at(-1)).toContain('Reopened: usage is still **CRITICAL**')
    })
  })

  describe('when the run changes nothing', () => {
    it('patches no pull request, adds no label and rewrites no state', async () => {
      const s = await start()
      await s.run({ used: '10' })
      const before = s.fake.requests.length
      const again = await s.run({ used: '10' })
      expect(again.pullRequest.operation).toBe('none')
      const query = (body: unknown) => String((body as { query?: string })?.query ?? '')
      const writes = s.fake.requests
        .slice(before)
        .filter(r =>
          r.path === '/graphql' ? /^\s*mutation/.test(query(r.body)) : r.method !== 'GET'
        )
      expect(writes).toEqual([])
    })
  })
})

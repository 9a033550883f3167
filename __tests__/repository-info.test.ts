import { describe, expect, it } from '@jest/globals'
import { issuesEnabled } from '../src/adapters/github/github-repository.js'

describe('reading a repository answer', () => {
  describe('when has_issues is absent (some tokens and proxies leave it out)', () => {
    it('reads issues as enabled, so an alert is still attempted', () => {
      expect(issuesEnabled({})).toBe(true)
    })
  })

  it.each([
    [true, true],
    [false, false]
  ])('reads has_issues: %s as enabled = %s', (given, expected) => {
    expect(issuesEnabled({ has_issues: given })).toBe(expected)
  })
})

import { createComment, listComments } from './comments.js'
import { compareCommits } from './compare.js'
import { getCommit, getContent, putContent } from './contents.js'
import type { Handler } from './http.js'
import {
  addLabels,
  createIssue,
  getIssue,
  listIssueLabels,
  listIssues,
  updateIssue
} from './issues.js'
import { createLabel, getLabel, listLabels } from './labels.js'
import { createPull, getPull, listPulls, updatePull } from './pulls.js'
import { createRef, deleteRef, getRef, getRepo, updateRef } from './refs.js'

/** The operations the fake implements, by OpenAPI operationId. */
export const ROUTES: Record<string, Handler> = {
  'repos/get': getRepo,
  'repos/get-content': getContent,
  'repos/create-or-update-file-contents': putContent,
  'git/get-ref': getRef,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'git/get-commit': getCommit,
  'repos/compare-commits-with-basehead': compareCommits,
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/get': getPull,
  'pulls/update': updatePull,
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/list-labels-on-issue': listIssueLabels,
  'issues/add-labels': addLabels,
  'issues/list-labels-for-repo': listLabels,
  'issues/get-label': getLabel,
  'issues/create-label': createLabel
}

import { getOrg, getUser } from './accounts.js'
import {
  getWorkflowRun,
  listJobsForWorkflowRun,
  listWorkflowRuns,
  listWorkflowRunsForRepo
} from './actions-runs.js'
import {
  createWorkflowDispatch,
  disableWorkflow,
  enableWorkflow,
  getWorkflow,
  listRepoWorkflows
} from './actions-workflows.js'
import {
  orgAiCredits,
  orgPremiumRequests,
  orgUsage,
  userAiCredits,
  userPremiumRequests,
  userUsage
} from './billing.js'
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
import { createBlob, createCommit, createTree, getTree } from './git-data.js'
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
  'git/get-tree': getTree,
  'git/create-tree': createTree,
  'git/create-commit': createCommit,
  'git/create-blob': createBlob,
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
  'issues/create-label': createLabel,
  'actions/list-repo-workflows': listRepoWorkflows,
  'actions/get-workflow': getWorkflow,
  'actions/enable-workflow': enableWorkflow,
  'actions/disable-workflow': disableWorkflow,
  'actions/create-workflow-dispatch': createWorkflowDispatch,
  'actions/list-workflow-runs': listWorkflowRuns,
  'actions/list-workflow-runs-for-repo': listWorkflowRunsForRepo,
  'actions/get-workflow-run': getWorkflowRun,
  'actions/list-jobs-for-workflow-run': listJobsForWorkflowRun,
  'billing/get-github-billing-usage-report-user': userUsage,
  'billing/get-github-billing-usage-report-org': orgUsage,
  'billing/get-github-billing-premium-request-usage-report-user': userPremiumRequests,
  'billing/get-github-billing-premium-request-usage-report-org': orgPremiumRequests,
  'billing/get-github-billing-ai-credit-usage-report-user': userAiCredits,
  'billing/get-github-billing-ai-credit-usage-report-org': orgAiCredits,
  'users/get-by-username': getUser,
  'orgs/get': getOrg
}

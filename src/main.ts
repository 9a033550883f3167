import * as core from '@actions/core'
import { FileSystemRepository } from './adapters/local/file-system.js'
import { preparePlan } from './engine.js'
import { errorMessage } from './errors.js'
import { actionOutputs } from './outputs.js'
import { renderTextReport } from './reports/text-report.js'
import { parseActionSettings } from './settings.js'

/** The action's entry: parse inputs, plan, set outputs. The only place that calls core.setFailed. */
export async function run(): Promise<void> {
  try {
    const settings = parseActionSettings(name => core.getInput(name))
    const workspace = new FileSystemRepository(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const plan = await preparePlan(workspace, {
      usage: settings.usage,
      configPath: settings.config,
      state: undefined,
      now: new Date(),
      usedName: "input 'used'"
    })
    core.info(renderTextReport(plan))
    for (const [name, value] of Object.entries(
      actionOutputs(plan, { pullRequestOperation: 'none' })
    )) {
      core.setOutput(name, value)
    }
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

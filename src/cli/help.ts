/** The CLI's --help text. */
export const HELP = `Usage: dynamic-workflow-orchestrator <command> [flags]

Keeps a repository's scheduled workflows inside a usage quota: works out the burn rate and the
projection to the reset, picks a mode (aggressive / normal / conservative) and rewrites only the
cron strings of the workflows named in the orchestrator config.

Commands:
  status   print the usage report, the mode and the crons each workflow should have
  plan     print the unified diff of what apply would change (writes nothing)
  apply    write the changed workflow files under --root
  simulate replay one quota period hour by hour from a scenario file, under each policy, and chart it
  restore  write the workflows under --root back to the crons recorded in --history before the
           orchestrator's first change (the backup), or to those in force at --to
  analyze  figures of recorded runs and jobs (the JSON \`gh api --paginate …/actions/runs\` and
           \`…/jobs\` print): runs by event, success rate, queue and duration, billable minutes and
           cost, schedule health and cost per mode (with --root)
  backtest replay recorded runs in time order, predicting each run's duration from the runs that
           completed before it: the accuracy report, or one JSON line a prediction with --json
  recommend per managed workflow: current vs recommended crons, expected duration, success rate,
           resource impact and APPLY / REVIEW / MORE DATA; conflicts (overlapping runs, minute 0,
           runs that outlast their interval)
  audit    every workflow's waste under --root: crons more frequent than --min-interval, crons at
           minute 0, no concurrency group, jobs without timeout-minutes, inactivity, duplicate
           schedules (with --runs/--jobs: savings from what ran)

Flags:
  --quota <n>        the quota for a period (default 1500)
  --used <n>         usage so far this period; empty → the latest sample of --history
  --reset-day <d>    day of the month the quota resets, 1–31, clamped to short months (default 1)
  --mode <m>         auto | aggressive | normal | conservative (default auto: chosen from the usage)
  --now <ISO>        the clock, e.g. 2025-11-12T02:24:00Z (default: the current time)
  --root <dir>       the repository checkout, which must exist (default .)
  --config <file>    the config, relative to --root (default .github/orchestrator.yml)
  --history <file>   a state file ({"version":2,"samples":[{"at","used"}],"changes":[…]}; version 1 is read too)
  --usage-source <s> where used comes from: input (default: --used or --history), premium-requests,
                     ai-credits or actions-minutes (GitHub's billing usage reports; --used still wins)
  --billing-account <a>
                     user:NAME or org:NAME whose billing GitHub is asked for, with GITHUB_TOKEN (and
                     GITHUB_API_URL, default https://api.github.com) from the environment
  --usage-file <f>   read the report from a file instead: a billing usage report CSV, or the API's JSON
                     ({"usageItems":[…]})
  --to <ISO date>    restore: the date (UTC) or time whose crons to put back (default: the backup)
  --policy <p>       thresholds | target (default: the config's policy, else thresholds); simulate also
                     takes both (its default)
  --json             print the JSON report instead of text
  -h, --help         this text
  --version          print the version

Simulate flags (with --root and --config for the orchestrator config to replay):
  --scenario <file>  the scenario (YAML; schema in examples/scenarios/README.md)
  --out <file.svg>   where to write the chart (default: <scenario file name>.svg in the working directory)
  --seed <n>         replay with this seed instead of the scenario's

Analyze flags: --runs <file|dir> (required), --jobs <file|dir>, --root <dir>, --config <file>,
  --now <ISO> (default: the newest run), --analytics-days <n> (default 30), --json

Backtest flags: --runs <file|dir> (required), --jobs <file|dir>, --json

Recommend flags: --root <dir> (required), --config <file>, --runs <file|dir>, --jobs <file|dir>,
  --mode <m> (default normal), --now <ISO>, --impact-minutes <medium>,<high>, --json

Audit flags: --root <dir>, --runs <file|dir>, --jobs <file|dir>, --min-interval <minutes> (default 15),
  --default-branch <name>, --public, --last-activity <ISO>, --now <ISO>, --json

Exit codes: 0 done; 1 a config, workflow, state or scenario file, or --root, that does not work
(nothing written); 2 a bad command line: an unknown command or flag, a flag the command does
not take, a flag value that is missing or does not parse.

Examples:
  dynamic-workflow-orchestrator status --quota 1500 --used 300 --reset-day 1 --root examples
  dynamic-workflow-orchestrator status --policy target --history state.json --root examples
  GITHUB_TOKEN=… dynamic-workflow-orchestrator status --usage-source premium-requests --billing-account user:octocat
  dynamic-workflow-orchestrator simulate --root examples --scenario examples/scenarios/steady-team.yml
`

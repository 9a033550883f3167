/** The CLI's --help text. */
export const HELP = `Usage: dynamic-workflow-orchestrator <command> [flags]

Keeps a repository's scheduled workflows inside a usage quota: works out the burn rate and the
projection to the reset, picks a mode (aggressive / normal / conservative) and rewrites only the
cron strings of the workflows named in the orchestrator config.

Commands:
  status   print the usage report, the mode and the crons each workflow should have
  plan     print the unified diff of what apply would change (writes nothing)
  apply    write the changed workflow files under --root

Flags:
  --quota <n>        the quota for a period (default 1500)
  --used <n>         usage so far this period; empty → the latest sample of --history
  --reset-day <d>    day of the month the quota resets, 1–31, clamped to short months (default 1)
  --mode <m>         auto | aggressive | normal | conservative (default auto: chosen from the usage)
  --now <ISO>        the clock, e.g. 2025-11-12T02:24:00Z (default: the current time)
  --root <dir>       the repository checkout (default .)
  --config <file>    the config, relative to --root (default .github/orchestrator.yml)
  --history <file>   a state file ({"version":1,"samples":[{"at","used"}],"changes":[…]})
  --json             print the JSON report instead of text
  -h, --help         this text

Exit codes: 0 done, 1 invalid config, workflow or value (nothing written), 2 bad command line.

Example:
  dynamic-workflow-orchestrator status --quota 1500 --used 300 --reset-day 1 --root examples
`

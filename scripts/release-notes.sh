#!/usr/bin/env bash
# Prints the body of a version's section in a Keep a Changelog file: the lines under "## [1.2.3] ..."
# up to the next "## " heading, without the heading, link reference definitions ("[1.2.3]: https://…")
# or leading and trailing blank lines. Fails when the section is missing or empty.
# Usage: scripts/release-notes.sh <version> [changelog]   version: 1.2.3 or v1.2.3; changelog: CHANGELOG.md
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 <version> [changelog]   (for example: $0 v1.2.3 CHANGELOG.md)" >&2
  exit 2
fi

version=${1#v}
changelog=${2:-CHANGELOG.md}

if [ -z "$version" ]; then
  echo "error: empty version" >&2
  exit 2
fi
if [ ! -f "$changelog" ]; then
  echo "error: $changelog not found" >&2
  exit 1
fi

# The heading is matched as a plain string (no regex), so the dots in 1.2.3 match only dots.
notes=$(
  awk -v heading="## [$version]" '
    function is_heading(line) {
      return index(line, heading) == 1 &&
        (length(line) == length(heading) || substr(line, length(heading) + 1, 1) ~ /[ \t\r]/)
    }
    /^## / { if (inside) exit; if (is_heading($0)) { inside = 1; found = 1; next } }
    inside && /^\[[^]]+\]:[ \t]/ { next }
    inside { lines[++n] = $0 }
    END {
      if (!found) exit 3
      first = 1; while (first <= n && lines[first] ~ /^[ \t\r]*$/) first++
      last = n;  while (last >= first && lines[last] ~ /^[ \t\r]*$/) last--
      for (i = first; i <= last; i++) print lines[i]
    }
  ' "$changelog"
) || status=$?

case ${status:-0} in
  0) ;;
  3)
    echo "error: $changelog has no section '## [$version]'; add one (Keep a Changelog: '## [$version] - YYYY-MM-DD') before releasing v$version" >&2
    exit 1
    ;;
  *)
    echo "error: reading $changelog failed (awk exit ${status})" >&2
    exit 1
    ;;
esac

if [ -z "$notes" ]; then
  echo "error: the section '## [$version]' in $changelog is empty; write the release notes there first" >&2
  exit 1
fi

printf '%s\n' "$notes"

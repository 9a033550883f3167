#!/usr/bin/env bash
# Prints the major tag that follows a release tag: v1.2.3 -> v1.
# Refuses anything that is not vMAJOR.MINOR.PATCH (no pre-release or build suffix, no leading zeros).
# Usage: scripts/major-tag.sh <tag>
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 <tag>   (for example: $0 v1.2.3)" >&2
  exit 2
fi

tag=$1
n='(0|[1-9][0-9]*)'
if ! [[ $tag =~ ^v$n\.$n\.$n$ ]]; then
  echo "error: '$tag' is not a release tag of the form vMAJOR.MINOR.PATCH (for example v1.2.3)" >&2
  exit 1
fi

echo "v${BASH_REMATCH[1]}"

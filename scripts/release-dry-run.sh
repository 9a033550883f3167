#!/usr/bin/env bash
# Prints what .github/workflows/release.yml would do for a tag, on this checkout, without pushing or publishing:
# the tag check, the checks (npm run all), the bundle check (dist/ equals a fresh build), the major tag it would move
# and to which commit, and the release notes from CHANGELOG.md. Nothing is tagged, pushed or published.
# The checks run on the working tree; when the tag exists and HEAD is another commit, the script says so.
# Usage: scripts/release-dry-run.sh [--no-checks] <tag>   (for example: scripts/release-dry-run.sh v1.0.0)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checks=true
if [ "${1:-}" = --no-checks ]; then
  checks=false
  shift
fi
if [ "$#" -ne 1 ]; then
  echo "usage: $0 [--no-checks] <tag>   (for example: $0 v1.0.0)" >&2
  exit 2
fi
tag=$1

major=$("$here/major-tag.sh" "$tag")
if sha=$(git rev-parse -q --verify "refs/tags/$tag^{commit}" 2> /dev/null); then
  head=$(git rev-parse HEAD)
  if [ "$sha" != "$head" ]; then
    echo "note: $tag is $sha but HEAD is $head; the checks below run on this working tree, not on $tag"
  fi
  changelog=$(mktemp)
  trap 'rm -f "$changelog"' EXIT
  git show "$sha:CHANGELOG.md" > "$changelog"
else
  sha=$(git rev-parse HEAD)
  echo "note: no tag $tag yet; taking HEAD ($sha) and the working tree's CHANGELOG.md"
  changelog=CHANGELOG.md
fi
notes=$("$here/release-notes.sh" "$tag" "$changelog")

echo "== Release $tag (dry run: nothing is pushed or published)"
if [ "$checks" = true ]; then
  echo "== Checks: npm run all"
  npm run all
  echo "== Bundle check: dist/ equals a fresh build"
  if [ -n "$(git status --porcelain -- dist)" ]; then
    echo "error: dist/ differs from a fresh build; run 'npm run bundle' and commit dist/ before tagging" >&2
    git status --porcelain -- dist >&2
    exit 1
  fi
  echo "dist/ matches a fresh build"
else
  echo "== Checks and bundle check skipped (--no-checks); the workflow runs npm run all and compares dist/"
fi
echo "== Would move $major to $sha:"
echo "   git tag -f $major $sha && git push -f origin refs/tags/$major"
echo "== Would publish the release:"
echo "   gh release create $tag --verify-tag --title $tag --notes-file <the notes below>"
echo "== Release notes:"
printf '%s\n' "$notes"

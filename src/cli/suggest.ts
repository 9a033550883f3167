/** "Did you mean …?" for a mistyped command or flag. */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/**
 * The known word nearest to `word`, when it is close enough to be a slip of the keyboard: at most two edits, and
 * fewer than half the word's letters (so `--out` is not offered for `--x`).
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate)
    if (!best || distance < best.distance) best = { word: candidate, distance }
  }
  if (!best || best.distance > 2 || best.distance * 2 >= word.length) return undefined
  return best.word
}

/** " — did you mean status?" when a known word is close, else nothing. */
export function didYouMean(word: string, known: readonly string[], prefix = ''): string {
  const match = closest(word, known)
  return match === undefined ? '' : ` — did you mean ${prefix}${match}?`
}

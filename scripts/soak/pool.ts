// At most C child processes at once (the machine has few cores): a FIFO semaphore, so a step that needs two children
// (two runs at once) waits its turn without starving.

/** Permits for child processes; `take(n)` resolves once n are free. */
export class Permits {
  private free: number
  private readonly waiting: Array<{ n: number; go: () => void }> = []

  constructor(private readonly size: number) {
    this.free = size
  }

  /** Takes n permits (at most all of them) and returns the function that gives them back. */
  async take(wanted: number): Promise<() => void> {
    const n = Math.min(wanted, this.size)
    if (this.waiting.length === 0 && this.free >= n) this.free -= n
    else await new Promise<void>(go => this.waiting.push({ n, go }))
    return () => this.give(n)
  }

  private give(n: number): void {
    this.free += n
    while (this.waiting.length > 0 && this.free >= (this.waiting[0]?.n ?? Infinity)) {
      const next = this.waiting.shift() as { n: number; go: () => void }
      this.free -= next.n
      next.go()
    }
  }
}

/** Runs `work` for every item with `workers` of them going at once, in item order. */
export async function eachLimited<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker))
}

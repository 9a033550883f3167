import { describe, expect, it } from '@jest/globals'
import {
  createPredictor,
  type ObservedRun,
  type Predictor
} from '../src/core/forecast/duration-predictor.js'
import { type RunContext } from '../src/core/forecast/duration-model.js'

const PUSH: RunContext = { event: 'push', branch: 'main' }
const PR: RunContext = { event: 'pull_request', branch: 'feature' }

/** A predictor that has seen these successful durations, in order, of workflow `ci`. */
function trained(
  durations: readonly number[],
  context: RunContext = PUSH,
  predictor: Predictor = createPredictor()
): Predictor {
  for (const seconds of durations)
    predictor.observe({ workflow: 'ci', conclusion: 'success', ...context }, seconds)
  return predictor
}

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Standard normal draws (Box–Muller) from a seeded source. */
function normal(seed: number): () => number {
  const next = random(seed)
  return () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
}

/** Replays durations one at a time: predict, then observe; returns each prediction with its actual. */
function replay(durations: readonly number[], from: number) {
  const predictor = createPredictor()
  const run: ObservedRun = { workflow: 'ci', conclusion: 'success', ...PUSH }
  return durations.flatMap((actual, i) => {
    const prediction = predictor.predict('ci', PUSH)
    predictor.observe(run, actual)
    return i >= from ? [{ ...prediction, actual }] : []
  })
}

describe('duration prediction', () => {
  describe('when a workflow always takes the same time', () => {
    const prediction = trained(Array(20).fill(300)).predict('ci', PUSH)

    it('predicts that time with an interval around it and high confidence', () => {
      expect(prediction).toMatchObject({ predicted: 300, moreDataNeeded: false, runs: 20 })
      expect(prediction.low).toBeLessThanOrEqual(300)
      expect(prediction.high).toBeGreaterThanOrEqual(300)
      expect(prediction.confidence).toBeGreaterThan(0.9)
    })
  })

  describe('when a workflow has fewer than 5 successful runs', () => {
    it('says more data is needed, with a wide interval and a confidence under 50%', () => {
      const prediction = trained([200, 260, 240]).predict('ci', PUSH)
      expect(prediction).toMatchObject({ predicted: 240, moreDataNeeded: true, runs: 3 })
      expect(prediction.low).toBeLessThanOrEqual(100)
      expect(prediction.high).toBeGreaterThanOrEqual(520)
      expect(prediction.confidence).toBeLessThan(0.5)
    })

    it('still answers for a workflow never seen, from the other workflows, with confidence 0', () => {
      const predictor = trained(Array(9).fill(100))
      const prediction = predictor.predict('other', PUSH)
      expect(prediction).toMatchObject({
        predicted: 100,
        moreDataNeeded: true,
        runs: 0,
        confidence: 0
      })
      expect(prediction.high / prediction.low).toBeGreaterThanOrEqual(100)
    })
  })

  describe('when the duration changes for good', () => {
    const before = Array(30).fill(100)

    it('moves to the new level after five longer runs', () => {
      expect(trained([...before, ...Array(5).fill(200)]).predict('ci', PUSH).predicted).toBe(200)
    })

    it('moves to the new level after three shorter runs', () => {
      expect(trained([...before, 50, 52, 51]).predict('ci', PUSH).predicted).toBeLessThanOrEqual(52)
    })

    it('is not moved by one odd run', () => {
      expect(trained([...before, 1000]).predict('ci', PUSH).predicted).toBe(100)
      expect(trained([...before, 3]).predict('ci', PUSH).predicted).toBe(100)
    })
  })

  describe('when runs on the default branch take longer than the others', () => {
    const predictor = createPredictor()
    for (let i = 0; i < 30; i++) {
      trained([600 + (i % 3)], PUSH, predictor)
      trained([120 + (i % 3)], PR, predictor)
      trained([121], { event: 'push', branch: `topic-${i}` }, predictor)
    }

    it('predicts each kind of run from its own kind', () => {
      expect(predictor.predict('ci', PUSH).predicted).toBeCloseTo(601, 0)
      expect(predictor.predict('ci', PR).predicted).toBeCloseTo(121, 0)
    })

    it('tells the default branch from the others when the event is the same', () => {
      expect(predictor.predict('ci', { event: 'push', branch: 'topic-99' }).predicted).toBe(121)
    })

    it('takes the default branch from the caller when given', () => {
      const context = { event: 'push', branch: 'main', defaultBranch: 'topic-3' }
      expect(predictor.predict('ci', context).predicted).toBeLessThan(200)
    })
  })

  describe('when re-runs take less time than first attempts', () => {
    it('predicts a re-run from earlier re-runs', () => {
      const predictor = trained(Array(20).fill(400))
      trained(Array(6).fill(90), { ...PUSH, attempt: 2 }, predictor)
      trained(Array(3).fill(400), PUSH, predictor)
      expect(predictor.predict('ci', { ...PUSH, attempt: 2 }).predicted).toBe(90)
      expect(predictor.predict('ci', PUSH).predicted).toBe(400)
    })
  })

  describe('when durations grow steadily (1% a run)', () => {
    it('stays within 10% of each next run', () => {
      const durations = Array.from({ length: 80 }, (_, i) => Math.round(100 * 1.01 ** i))
      const results = replay(durations, 10)
      const worst = Math.max(...results.map(r => Math.abs(r.predicted - r.actual) / r.actual))
      expect(worst).toBeLessThan(0.1)
    })
  })

  describe('when durations are log-normal around 300 s (σ = 0.2)', () => {
    const draw = normal(42)
    const durations = Array.from({ length: 2600 }, () => 300 * Math.exp(0.2 * draw()))
    const results = replay(durations, 100)
    const share = (test: (r: (typeof results)[number]) => boolean) =>
      results.filter(test).length / results.length

    it('covers 80% ± 3% of 2,500 actuals with its 80% interval', () => {
      expect(results.length).toBe(2500)
      expect(share(r => r.actual >= r.low && r.actual <= r.high)).toBeGreaterThanOrEqual(0.77)
      expect(share(r => r.actual >= r.low && r.actual <= r.high)).toBeLessThanOrEqual(0.83)
    })

    it('misses about as often below the interval as above it', () => {
      expect(share(r => r.actual < r.low)).toBeCloseTo(0.1, 1)
      expect(share(r => r.actual > r.high)).toBeCloseTo(0.1, 1)
    })

    it('gives a confidence that matches how often the actual lands within 25%', () => {
      const hits = share(r => Math.abs(r.predicted - r.actual) <= 0.25 * r.actual)
      const meanConfidence = results.reduce((s, r) => s + r.confidence, 0) / results.length
      expect(Math.abs(meanConfidence - hits)).toBeLessThan(0.03)
    })

    it('estimates near the distribution’s centre', () => {
      const mean = results.reduce((s, r) => s + r.predicted, 0) / results.length
      expect(mean).toBeGreaterThan(270)
      expect(mean).toBeLessThan(310)
    })
  })

  describe('when runs fail or are cancelled', () => {
    it('learns nothing of the duration from them, but counts them in the success rate', () => {
      const predictor = trained(Array(10).fill(100))
      for (const conclusion of ['failure', 'cancelled', 'timed_out', 'skipped'])
        predictor.observe({ workflow: 'ci', conclusion, ...PUSH }, 5000)
      expect(predictor.predict('ci', PUSH)).toMatchObject({ predicted: 100, runs: 10 })
      expect(predictor.successRate('ci')).toMatchObject({ successes: 10, failures: 3 })
      expect(predictor.successRate('ci').rate).toBeCloseTo(11 / 15, 10)
    })
  })

  it('gives the same answers for the same runs', () => {
    const draw = normal(7)
    const durations = Array.from({ length: 300 }, () => 120 * Math.exp(0.5 * draw()))
    expect(replay(durations, 0)).toEqual(replay(durations, 0))
  })
})

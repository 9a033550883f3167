/**
 * Billing usage reports read from files (the CLI's --usage-file): GitHub's CSV export parsed in the core with errors
 * that name the line, the API's recorded JSON, and the CLI's status over them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseUsageReport } from '../src/adapters/local/usage-report.js'
import { runCli } from '../src/cli/main.js'
import { ValidationError } from '../src/core/errors.js'
import { csvRecords, parseBillingCsv } from '../src/core/usage/billing-csv.js'
import { parseBillingJson } from '../src/core/usage/billing-json.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const EXAMPLE = path.resolve(
  process.cwd(),
  '../shared/corpus/runs/small-samples/github_billing_usage_report_example.csv'
)
const { have: HAVE_EXAMPLE, describe: describeExample } = corpusGuard(EXAMPLE)

const dir = mkdtempSync(path.join(tmpdir(), 'usage-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function problemsOf(read: () => unknown): readonly string[] {
  try {
    read()
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the report to be refused')
}

const HEADER = 'Date,Product,SKU,Quantity,Unit Type,Price Per Unit ($),Multiplier,Owner'

describeExample('the real billing usage report export (andymckay/github-billing-parser)', () => {
  const text = HAVE_EXAMPLE ? readFileSync(EXAMPLE, 'utf8') : ''

  it('reads every line, storage and minutes alike', () => {
    const items = parseBillingCsv(text, 'example.csv')
    expect(items).toHaveLength(13)
    expect(items[1]).toEqual({
      date: '2023-01-20',
      product: 'Actions',
      sku: 'Compute - UBUNTU',
      unitType: 'minute',
      quantity: 1
    })
  })

  it('gives 50 Actions minutes in January to `status --usage-source actions-minutes`', async () => {
    const report = await statusJson(['--usage-file', EXAMPLE, '--now', '2023-01-26T12:00:00Z'])
    expect(report.usage).toMatchObject({
      used: 50,
      source: 'actions-minutes',
      account: `file ${EXAMPLE}`,
      sampleAt: '2023-01-26T00:00:00.000Z'
    })
  })

  it('counts from the reset day when the period starts mid-month', async () => {
    const report = await statusJson(
      ['--usage-file', EXAMPLE, '--now', '2023-01-26T12:00:00Z', '--reset-day', '24'],
      'org:andymckay'
    )
    expect(report.usage).toMatchObject({ used: 34 + 3 + 11, account: 'org:andymckay' })
  })
})

async function statusJson(flags: string[], account?: string) {
  let [out, err] = ['', '']
  const code = await runCli(
    [
      'status',
      '--root',
      'examples',
      '--usage-source',
      'actions-minutes',
      ...(account ? ['--billing-account', account] : []),
      '--json',
      ...flags
    ],
    { out: t => void (out += t), err: t => void (err += t) }
  )
  expect({ code, err }).toEqual({ code: 0, err: '' })
  return JSON.parse(out) as { usage: Record<string, unknown>; warnings: string[] }
}

describe('parseBillingCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF endings and a BOM', () => {
    const text =
      '\uFEFF' +
      `${HEADER}\r\n` +
      '2025-11-03,Actions,"Compute - UBUNTU, 4-core",12.5,minute,0.016,1.0,"octo ""org"""\r\n' +
      '2025-11-04,Actions,"Compute\nMACOS",3,minute,0.08,10.0,octo\r\n'
    expect(parseBillingCsv(text, 'r.csv')).toEqual([
      {
        date: '2025-11-03',
        product: 'Actions',
        sku: 'Compute - UBUNTU, 4-core',
        unitType: 'minute',
        quantity: 12.5
      },
      {
        date: '2025-11-04',
        product: 'Actions',
        sku: 'Compute\nMACOS',
        unitType: 'minute',
        quantity: 3
      }
    ])
  })

  it('numbers records by the line they start on', () => {
    const records = csvRecords('a,b\n"x\ny",1\n\nz,2\n')
    expect(records.map(r => r.line)).toEqual([1, 2, 5])
  })

  it('reads the enhanced billing platform’s export, the gross quantity first', () => {
    const text =
      'date,product,sku,quantity,unit_type,applied_cost_per_quantity,gross_quantity,organization\n' +
      '2025-11-03T00:00:00Z,copilot,Copilot Premium Request,2,requests,0.04,5,octo-org\n'
    expect(parseBillingCsv(text, 'r.csv')).toEqual([
      {
        date: '2025-11-03',
        product: 'copilot',
        sku: 'Copilot Premium Request',
        unitType: 'requests',
        quantity: 5
      }
    ])
  })

  it('names each bad line and what is wrong with it', () => {
    const text =
      `${HEADER}\n` +
      '2025-11-03,Actions,Linux,12,minute,0.008,1.0,octo\n' +
      '03/11/2025,Actions,Linux,12,minute,0.008,1.0,octo\n' +
      '2025-11-05,Actions,Linux,twelve,minute,0.008,1.0,octo\n' +
      '2025-11-06,Actions,Linux,12,minute\n'
    expect(problemsOf(() => parseBillingCsv(text, 'r.csv'))).toEqual([
      "r.csv:3: the date must be YYYY-MM-DD, got '03/11/2025'",
      "r.csv:4: the quantity must be a number ≥ 0, got 'twelve'",
      'r.csv:5: expected 8 fields as in the header, got 5'
    ])
  })

  it('names the columns a header lacks', () => {
    expect(problemsOf(() => parseBillingCsv('Day,Product,Amount\n', 'r.csv'))).toEqual([
      "r.csv:1: the header has no Date, Quantity, Unit Type column — expected a billing usage report (Date,Product,SKU,Quantity,Unit Type,…), got 'Day,Product,Amount'"
    ])
  })

  it('refuses an empty file', () => {
    expect(problemsOf(() => parseBillingCsv('\n', 'r.csv'))).toEqual(['r.csv is empty'])
  })
})

describe('parseBillingJson (the API’s answer, recorded)', () => {
  it('dates the usage report’s items by their UTC day', () => {
    const text = JSON.stringify({
      usageItems: [
        {
          date: '2025-11-03T00:00:00Z',
          product: 'Actions',
          sku: 'Linux',
          quantity: 7,
          unitType: 'Minutes'
        }
      ]
    })
    expect(parseBillingJson(text, 'u.json')).toEqual([
      { date: '2025-11-03', product: 'Actions', sku: 'Linux', unitType: 'Minutes', quantity: 7 }
    ])
  })

  it('dates the premium request report’s items by its timePeriod and counts gross quantities', () => {
    const text = JSON.stringify({
      timePeriod: { year: 2025, month: 11 },
      user: 'octocat',
      usageItems: [
        {
          product: 'Copilot',
          sku: 'Copilot Premium Request',
          model: 'GPT-5',
          unitType: 'requests',
          grossQuantity: 9,
          netQuantity: 0
        }
      ]
    })
    expect(parseUsageReport(text, 'p.json')).toEqual([
      {
        date: '2025-11',
        product: 'Copilot',
        sku: 'Copilot Premium Request',
        unitType: 'requests',
        quantity: 9
      }
    ])
  })

  it('names what is not a report', () => {
    expect(problemsOf(() => parseBillingJson('{"items": []}', 'p.json'))).toEqual([
      'p.json must hold a billing usage report: {"usageItems": [...]}'
    ])
    expect(
      problemsOf(() => parseBillingJson('{"usageItems": [{"quantity": "3"}]}', 'p.json'))
    ).toEqual([
      'p.json: usageItems[0].date must be a date (or the report a timePeriod), got undefined',
      'p.json: usageItems[0]: grossQuantity or quantity must be a number ≥ 0'
    ])
  })
})

describe('the CLI with --usage-file', () => {
  const premium = path.join(dir, 'premium.json')
  writeFileSync(
    premium,
    JSON.stringify({
      timePeriod: { year: 2025, month: 11 },
      usageItems: [
        {
          product: 'Copilot',
          sku: 'Copilot Premium Request',
          unitType: 'requests',
          grossQuantity: 412
        }
      ]
    })
  )

  async function cli(args: string[]) {
    let [out, err] = ['', '']
    const code = await runCli(args, { out: t => void (out += t), err: t => void (err += t) })
    return { code, out, err }
  }

  it('prints the text report with the figure and where it came from', async () => {
    const run = await cli([
      'status',
      '--root',
      'examples',
      '--usage-source',
      'premium-requests',
      '--usage-file',
      premium,
      '--now',
      '2025-11-12T02:24:00Z'
    ])
    expect(run.code).toBe(0)
    expect(run.out).toContain(
      `412 requests (premium requests of file ${premium} from the billing report, newest usage 2025-11-12 02:24 UTC)`
    )
  })

  it('lets --used win, and says so', async () => {
    const run = await cli([
      'status',
      '--root',
      'examples',
      '--json',
      '--used',
      '300',
      '--usage-source',
      'premium-requests',
      '--usage-file',
      premium
    ])
    const report = JSON.parse(run.out) as {
      usage: { used: number; source: string }
      warnings: string[]
    }
    expect([report.usage.used, report.usage.source]).toEqual([300, 'input'])
    expect(report.warnings).toContain(
      '`used` (300) was given, so it wins over the usage source premium-requests: the billing report was not read'
    )
  })

  it('says used is 0 when the report has nothing for the period', async () => {
    const run = await cli([
      'status',
      '--root',
      'examples',
      '--json',
      '--usage-source',
      'premium-requests',
      '--usage-file',
      premium,
      '--now',
      '2025-12-03T00:00:00Z'
    ])
    const report = JSON.parse(run.out) as { usage: { used: number }; warnings: string[] }
    expect(report.usage.used).toBe(0)
    expect(report.warnings).toContain(
      `the premium-requests usage of file ${premium} has no item since 2025-12-01: used is 0 — check the billing account if usage was expected`
    )
  })

  it('names the line of a bad report and exits 1', async () => {
    const bad = path.join(dir, 'bad.csv')
    writeFileSync(bad, `${HEADER}\n2025-11-03,Actions,Linux,-4,minute,0.008,1.0,octo\n`)
    const run = await cli([
      'status',
      '--root',
      'examples',
      '--usage-source',
      'actions-minutes',
      '--usage-file',
      bad
    ])
    expect(run).toEqual({
      code: 1,
      out: '',
      err: `error: Invalid usage report: ${bad}:2: the quantity must be a number ≥ 0, got '-4'\n`
    })
  })

  it.each([
    [
      ['--usage-file', 'x.csv'],
      '--usage-file is read for a usage source — add --usage-source premium-requests, ai-credits or actions-minutes'
    ],
    [
      ['--usage-source', 'ai-credits'],
      "--usage-source ai-credits reads GitHub's billing API for an account — add --billing-account user:NAME or org:NAME, or read a report with --usage-file <file>"
    ],
    [
      ['--usage-source', 'copilot'],
      "--usage-source must be one of input, ai-credits, premium-requests, actions-minutes, got 'copilot'"
    ]
  ])('refuses %j as a bad command line (exit 2)', async (flags, message) => {
    const run = await cli(['status', '--root', 'examples', ...flags])
    expect(run.code).toBe(2)
    expect(run.err).toContain(message)
  })

  it('keeps the flags to status, plan and apply', async () => {
    const run = await cli(['simulate', '--root', 'examples', '--usage-source', 'ai-credits'])
    expect(run.code).toBe(2)
    expect(run.err).toContain('--usage-source belongs to status, plan and apply, not simulate')
  })
})

// A small RFC 4180 reader for the corpora's CSV and TSV files: quoted fields may hold the separator, quotes ("")
// and line breaks.

/** The rows of the text, each a list of fields; a trailing empty line is no row. */
export function parseDelimited(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field.replace(/\r$/, ''))
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') field += text[i++]
      else quoted = false
    } else if (c === '"' && field === '') quoted = true
    else if (c === separator) endField()
    else if (c !== '\n') field += c
    else {
      endField()
      rows.push(row)
      row = []
    }
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}

/** The rows of a CSV with a header line, as objects keyed by the header's names. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = parseDelimited(text)
  return rows.map(row => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])))
}

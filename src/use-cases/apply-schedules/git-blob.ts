import { createHash } from 'node:crypto'

/** The git blob sha of a text, as GitHub reports it for a file with exactly these UTF-8 bytes. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

import { type Thread } from '../../ports/threads.js'

/** The fields of a pull request or an issue that the orchestrator reads. */
export interface ThreadData {
  number: number
  html_url: string
  title: string
  body?: string | null
  created_at: string
  labels?: Array<string | { name?: string }>
}

/** A pull request or an issue as plain data. */
export function toThread(data: ThreadData): Thread {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    labels: (data.labels ?? []).flatMap(l => {
      const name = typeof l === 'string' ? l : l.name
      return name ? [name] : []
    }),
    createdAt: data.created_at
  }
}

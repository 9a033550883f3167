import { can, denied, invalid, notFound, paginate, text, type Handler } from './http.js'
import { labelJson } from './render.js'

/** GET /repos/{owner}/{repo}/labels. */
export const listLabels: Handler = ctx =>
  paginate(ctx, [...ctx.store.labels.values()], l => labelJson(ctx, l))

/** GET /repos/{owner}/{repo}/labels/{name} (names compare without case). */
export const getLabel: Handler = ctx => {
  const label = ctx.store.label(ctx.params.name ?? '')
  return label ? { status: 200, body: labelJson(ctx, label) } : notFound(ctx)
}

/** POST /repos/{owner}/{repo}/labels: `color` is six hex digits without `#`. */
export const createLabel: Handler = ctx => {
  if (!can(ctx.token, 'issues') && !can(ctx.token, 'pullRequests')) return denied(ctx)
  const name = text(ctx.body, 'name')?.trim() ?? ''
  const color = (text(ctx.body, 'color') ?? 'ededed').replace(/^#/, '')
  if (name === '')
    return invalid(ctx, [{ resource: 'Label', code: 'missing_field', field: 'name' }])
  if (!/^[0-9a-fA-F]{6}$/.test(color))
    return invalid(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }])
  if (ctx.store.label(name))
    return invalid(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }])
  const label = {
    id: ctx.store.newId(),
    name,
    color: color.toLowerCase(),
    description: text(ctx.body, 'description') ?? null
  }
  ctx.store.labels.set(name.toLowerCase(), label)
  return { status: 201, body: labelJson(ctx, label) }
}

import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode, type FieldNode } from 'graphql'

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, UNPROCESSABLE…) at the failing field. */
export class GitHubError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly extensions?: Record<string, unknown>
  ) {
    super(message)
  }
}

/** `Resource not accessible by integration`, as GitHub answers a token without the permission. */
export function forbidden(): GitHubError {
  return new GitHubError('FORBIDDEN', 'Resource not accessible by integration', {
    saml_failure: false
  })
}

/** An entry of GitHub's `errors` array. */
export type GitHubErrorJson = Record<string, unknown>

type Path = Array<string | number>

/**
 * graphql-ruby (GitHub's server) names where a validation error is: the operation (`query`,
 * `mutation Name`, `fragment F`), then field names (aliases) and `... on Type` for inline fragments.
 */
function pathsOf(document: DocumentNode): Map<ASTNode, Path> {
  const paths = new Map<ASTNode, Path>()
  const stack: Path = []
  const push = (node: ASTNode, label: string): void => {
    stack.push(label)
    paths.set(node, [...stack])
  }
  const pop = (): void => {
    stack.pop()
  }
  visit(document, {
    OperationDefinition: {
      enter: n => push(n, n.name ? `${n.operation} ${n.name.value}` : n.operation),
      leave: pop
    },
    FragmentDefinition: { enter: n => push(n, `fragment ${n.name.value}`), leave: pop },
    InlineFragment: {
      enter: n => push(n, n.typeCondition ? `... on ${n.typeCondition.name.value}` : '...'),
      leave: pop
    },
    Field: { enter: n => push(n, (n.alias ?? n.name).value), leave: pop },
    Argument: { enter: n => push(n, n.name.value), leave: pop }
  })
  return paths
}

function field(node: ASTNode | undefined): FieldNode | undefined {
  return node?.kind === Kind.FIELD ? node : undefined
}

/** graphql-ruby's wording and `extensions.code` for the most common mistakes; graphql-js's otherwise. */
function rubyStyle(error: GraphQLError): { message: string; extensions?: Record<string, unknown> } {
  const undefinedField = /^Cannot query field "([^"]+)" on type "([^"]+)"/.exec(error.message)
  if (undefinedField) {
    const [, fieldName = '', typeName = ''] = undefinedField
    return {
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
      extensions: { code: 'undefinedField', typeName, fieldName }
    }
  }
  const unknownArgument = /^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"/.exec(
    error.message
  )
  if (unknownArgument) {
    const [, argumentName = '', , name = ''] = unknownArgument
    return {
      message: `Field '${name}' doesn't accept argument '${argumentName}'`,
      extensions: { code: 'argumentNotAccepted', name, typeName: 'Field', argumentName }
    }
  }
  const missing = /^Field "([^"]+)" argument "([^"]+)" of type "[^"]+" is required/.exec(
    error.message
  )
  if (missing) {
    const [, name = '', argument = ''] = missing
    return {
      message: `Field '${name}' is missing required arguments: ${argument}`,
      extensions: {
        code: 'missingRequiredArguments',
        className: 'Field',
        name,
        arguments: argument
      }
    }
  }
  return { message: error.message }
}

/** Validation errors as GitHub writes them: message, locations, path, extensions. */
export function validationErrors(
  document: DocumentNode,
  errors: readonly GraphQLError[]
): GitHubErrorJson[] {
  const paths = pathsOf(document)
  return errors.map(error => {
    const { message, extensions } = rubyStyle(error)
    const node = error.nodes?.[0]
    const at = node ? paths.get(field(node) ?? node) : undefined
    return {
      ...(at ? { path: at } : {}),
      ...(extensions ? { extensions } : {}),
      locations: error.locations ?? [],
      message
    }
  })
}

/** A syntax error, as GitHub answers it (no path). */
export function syntaxError(error: GraphQLError): GitHubErrorJson {
  return { locations: error.locations ?? [], message: error.message }
}

/**
 * An execution error as GitHub writes it. GitHub's own refusals keep their `type`; anything else thrown
 * is a fault of the fake, reported by `onBug` and answered as GitHub answers its own bugs.
 */
export function executionError(
  error: GraphQLError,
  onBug: (message: string) => void
): GitHubErrorJson {
  const original = error.originalError
  const where = {
    ...(error.path ? { path: error.path } : {}),
    locations: error.locations ?? []
  }
  if (original instanceof GitHubError) {
    return {
      type: original.type,
      ...(error.path ? { path: error.path } : {}),
      ...(original.extensions ? { extensions: original.extensions } : {}),
      locations: error.locations ?? [],
      message: original.message
    }
  }
  if (original && !/^Cannot return null for non-nullable field/.test(error.message)) {
    onBug(`the fake's GraphQL resolver threw at ${(error.path ?? []).join('.')}: ${original.stack}`)
    return { ...where, message: 'Something went wrong while executing your query.' }
  }
  if (original) onBug(`the fake answered null for a non-null GraphQL field: ${error.message}`)
  return { ...where, message: error.message }
}

/**
 * The first input issue of a refused call that is about the person's name (`fullName`), worded by
 * the server in the reader's language, if any: the join form and the invitation page ask for it.
 */
export function nameIssueOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('zodIssues' in data)) return null
  const issues: unknown = data.zodIssues
  if (!Array.isArray(issues)) return null
  for (const issue of issues as unknown[]) {
    if (typeof issue !== 'object' || issue === null || !('path' in issue) || !('message' in issue)) continue
    const { path, message } = issue
    if (Array.isArray(path) && path[0] === 'fullName' && typeof message === 'string') return message
  }
  return null
}

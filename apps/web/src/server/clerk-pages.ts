/**
 * Under Clerk, the proxy serves a /sign-in request from the internal page that mounts Clerk's
 * component (`/clerk-sign-in`, on the platform site and on portals alike); the address bar keeps
 * /sign-in. Two pages rather than one that picks: a page ships the scripts of every client
 * component it imports, so one page would make the emailed-code sign-in download Clerk's bundle
 * (and the reverse). Null when the path is served as it is.
 */
export function clerkPagePath(path: string): string | null {
  return path === '/sign-in' ? '/clerk-sign-in' : null
}

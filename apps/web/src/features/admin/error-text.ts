/** What a failed call says to the reader: the API's message is already in their language. */
export function errorText(error: unknown, fallback: string): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    // A fetch that never reached the server carries the browser's own (English) wording.
    const reachedServer = 'data' in error && error.data !== undefined && error.data !== null
    return reachedServer ? error.message : fallback
  }
  return fallback
}

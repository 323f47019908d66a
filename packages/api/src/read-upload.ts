/**
 * The bytes of an uploaded body, reading at most `limit + 1` of them: enough for the domain to
 * refuse a file over `limit` by its size, without holding a body of any size in memory.
 */
export async function readUpload(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  try {
    while (length <= limit) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      length += value.byteLength
    }
  } finally {
    // Stops the upload there: the rest is never read.
    await reader.cancel().catch(() => undefined)
  }
  const bytes = new Uint8Array(Math.min(length, limit + 1))
  let offset = 0
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset)
    bytes.set(part, offset)
    offset += part.byteLength
    if (offset === bytes.length) break
  }
  return bytes
}

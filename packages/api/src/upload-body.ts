import { z } from 'zod'

/**
 * The body of a file upload. Over HTTP tRPC hands an application/octet-stream body over as a
 * stream; a server-side caller (Server Components, tests) passes the Blob or bytes the browser
 * client would have sent. Either way the resolver gets a stream to read with a size limit, and
 * anything else (a JSON value) is refused as invalid input.
 */
export const ZUploadBody = z
  .union([z.instanceof(ReadableStream), z.instanceof(Blob), z.instanceof(Uint8Array)])
  .transform((body): ReadableStream<Uint8Array> =>
    body instanceof ReadableStream ? (body as ReadableStream<Uint8Array>) : new Blob([body]).stream(),
  )

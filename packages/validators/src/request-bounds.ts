/**
 * The most procedures one tRPC request may carry, shared by the server (which refuses a larger
 * batch whole, @portail/api trpc-batch.ts) and the browser's batch link (which splits before it).
 * A page batches the handful of reads it shows; hundreds in one request are a flood.
 */
export const maxTrpcBatchSize = 20

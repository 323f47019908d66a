import { createHash } from 'node:crypto'

/**
 * What the store keeps for a bucket key: its SHA-256, so the counters hold no email address or
 * IP address in clear. Unkeyed on purpose: the key space of IPs is small enough to brute-force
 * a hash anyway, and the point is only that a copy of the table is not a list of addresses.
 */
export const hashBucketKey = (key: string) => createHash('sha256').update(key).digest('hex')

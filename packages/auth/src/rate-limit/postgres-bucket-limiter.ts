import type { Database } from '@portail/db'
import { rateLimitBuckets } from '@portail/db/schema'
import { eq, lt, sql } from 'drizzle-orm'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { StoreAbstract } from './store-abstract'
import { identityActor } from '../dev/identity-context'
import { hashBucketKey } from './bucket-key'

interface BucketState {
  points: number
  msLeft: number
}

export interface PostgresBucketLimiterOptions {
  database: Database
  keyPrefix: string
  points: number
  durationSeconds: number
}

// A purge of expired buckets piggybacks on one consumption in this many, per process: cheap,
// bounded, and no scheduler to run.
const purgeEvery = 500

/**
 * rate-limiter-flexible's store contract over `rate_limit_buckets`, through `withTenant` as the
 * identity actor, so the very same code runs on the embedded PGlite and on Postgres (the library's
 * own Postgres store wants a `pg` pool and DDL rights, which the app role does not have).
 * Time is the database's: the remaining milliseconds come back from SQL, so app and database
 * clocks need not agree.
 */
export class PostgresBucketLimiter extends StoreAbstract {
  private readonly database: Database
  private consumptions = 0

  constructor(options: PostgresBucketLimiterOptions) {
    if (options.durationSeconds <= 0) throw new Error('A rate limit needs a window of at least one second.')
    super({
      storeClient: options.database,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.durationSeconds,
    })
    this.database = options.database
  }

  /**
   * One atomic statement: a new bucket, a live one counted up, or an expired one restarted, so
   * concurrent consumptions never lose an update. `forceExpire` (a block) restarts it outright.
   */
  _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<BucketState> {
    const key = hashBucketKey(rlKey)
    const expiresAt = sql`now() + ${msDuration} * interval '1 millisecond'`
    const restart = forceExpire ? sql`true` : sql`${rateLimitBuckets.expiresAt} <= now()`
    const purge = ++this.consumptions % purgeEvery === 0
    return this.database.withTenant(identityActor, async (tx) => {
      if (purge) await tx.delete(rateLimitBuckets).where(lt(rateLimitBuckets.expiresAt, sql`now()`))
      const [row] = await tx
        .insert(rateLimitBuckets)
        .values({ key, points, expiresAt })
        .onConflictDoUpdate({
          target: rateLimitBuckets.key,
          set: {
            points: sql`case when ${restart} then excluded.points else ${rateLimitBuckets.points} + excluded.points end`,
            expiresAt: sql`case when ${restart} then excluded.expires_at else ${rateLimitBuckets.expiresAt} end`,
          },
        })
        .returning({ points: rateLimitBuckets.points, msLeft: msLeft() })
      if (!row) throw new Error('rate limit bucket not stored')
      return { points: row.points, msLeft: Number(row.msLeft) }
    })
  }

  async _get(rlKey: string): Promise<BucketState | null> {
    const [row] = await this.database.withTenant(identityActor, (tx) =>
      tx
        .select({ points: rateLimitBuckets.points, msLeft: msLeft() })
        .from(rateLimitBuckets)
        .where(eq(rateLimitBuckets.key, hashBucketKey(rlKey))),
    )
    if (!row) return null
    const state = { points: row.points, msLeft: Number(row.msLeft) }
    return state.msLeft > 0 ? state : null
  }

  async _delete(rlKey: string): Promise<boolean> {
    const deleted = await this.database.withTenant(identityActor, (tx) =>
      tx
        .delete(rateLimitBuckets)
        .where(eq(rateLimitBuckets.key, hashBucketKey(rlKey)))
        .returning({ key: rateLimitBuckets.key }),
    )
    return deleted.length > 0
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, state: BucketState): RateLimiterRes {
    return new RateLimiterRes(
      Math.max(this.points - state.points, 0),
      Math.max(state.msLeft, 0),
      state.points,
      changedPoints === state.points,
    )
  }
}

const msLeft = () => sql<string>`ceil(extract(epoch from (${rateLimitBuckets.expiresAt} - now())) * 1000)`.as('ms_left')

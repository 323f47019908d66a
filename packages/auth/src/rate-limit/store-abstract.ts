import { RateLimiterRedis, type RateLimiterStoreAbstract } from 'rate-limiter-flexible'

/**
 * The library's base class for custom stores. Its typings declare it on the main entry but the
 * runtime index does not export it, and a deep import would be untyped: it is reached as the
 * parent class of an exported store, and checked by its own method (not by name: bundlers minify
 * class names), so a reshuffle in a new version fails loudly.
 */
function storeAbstract(): typeof RateLimiterStoreAbstract {
  const parent: unknown = Object.getPrototypeOf(RateLimiterRedis)
  const prototype: unknown = typeof parent === 'function' ? parent.prototype : undefined
  if (typeof prototype !== 'object' || prototype === null || !Object.hasOwn(prototype, '_afterConsume')) {
    throw new Error('rate-limiter-flexible no longer has RateLimiterStoreAbstract as the parent of RateLimiterRedis')
  }
  return parent as typeof RateLimiterStoreAbstract
}

export const StoreAbstract = storeAbstract()

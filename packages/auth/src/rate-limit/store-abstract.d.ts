// The package's typings declare the store base class on its main entry, but its runtime index does
// not export it: the class is reached through its own file, typed here as the declared one.
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract' {
  import type { RateLimiterStoreAbstract } from 'rate-limiter-flexible'

  const StoreAbstract: typeof RateLimiterStoreAbstract
  export default StoreAbstract
}

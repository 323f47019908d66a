export { catalogEvent, inngest, routeEventsLocally, type SentEvent, type TenantEventData, useSigningKey } from './client'
export { type InngestEnv, InvalidInngestEnvError, readInngestEnv } from './env'
export { functions } from './functions'

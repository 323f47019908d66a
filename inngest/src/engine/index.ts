export { EmbeddedEngine, type EmbeddedEngineOptions, type IncomingEvent, retryDelayMs } from './embedded-engine'
export { type EngineFunction, type ServeHandler, syncFunctions, UnsupportedFeatureError } from './function-registry'
export { loadOrCreateSigningKey } from './signing-key'
export { signatureHeader } from './sign-request'

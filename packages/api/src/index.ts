export { type ApiDeps, type Context, createContext, type CreateContextOptions } from './context'
export { handleTrpcRequest, trpcEndpoint } from './handle-trpc-request'
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from './root'
export { type ApiErrorData, createCallerFactory } from './trpc'

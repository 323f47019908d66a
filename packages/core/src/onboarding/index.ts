export { createBusiness, type CreateBusinessData, type CreateBusinessDeps } from './create-business'
export { setOwnName } from './set-own-name'

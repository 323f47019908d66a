export { createBusiness, type CreateBusinessData, type CreateBusinessDeps } from './create-business'

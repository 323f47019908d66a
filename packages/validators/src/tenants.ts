import { z } from 'zod'
import { paginationShape } from './common'

export const ZListTenantsInput = z.strictObject({
  ...paginationShape,
  search: z.string().trim().max(100).optional(),
})
export type TListTenantsInput = z.input<typeof ZListTenantsInput>

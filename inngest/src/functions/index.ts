import type { InngestFunction } from 'inngest'

/**
 * Every workflow function Portail serves, one import and one entry per function (files under
 * `functions/<domain>/<function-id>.ts`). `/api/inngest` serves this list and the embedded engine
 * drives it; a function missing here never runs.
 */
export const functions: InngestFunction.Any[] = []

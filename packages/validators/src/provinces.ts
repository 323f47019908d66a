/**
 * Canada's provinces and territories by their postal abbreviation. A module of its own, with no
 * schema, so that a form listing them (the booking wizard's details step) does not bring zod to
 * the browser with it (issue 12 §2); `contact.ts` builds `ZProvince` from it.
 */
export const canadianProvinces = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const

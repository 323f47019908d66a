/**
 * The one visible keyboard-focus style of the kit: a full-strength --ring (3:1 on the page, checked
 * in theme.test.ts) with a gap, so it stays visible on a primary-coloured control too.
 */
export const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background'

/** Red border and ring on a control marked aria-invalid (FormControl sets it from the field's error). */
export const invalidRing = 'aria-invalid:border-destructive aria-invalid:ring-destructive/30'

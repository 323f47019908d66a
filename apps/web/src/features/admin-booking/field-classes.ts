/** A native <select> styled like the kit's inputs (works before any script, keeps the browser's keyboard handling). */
export const selectClass =
  'h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:opacity-50'

/** A native checkbox sized like the kit's. */
export const checkboxClass = 'size-4 accent-primary'

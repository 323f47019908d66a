import { Label } from '@portail/ui/label'
import type { ComponentProps } from 'react'

/**
 * A labelled native <select>, for GET filter forms that must work before any script runs (the
 * kit's Select is a Radix widget that needs JS). Styled like the kit's inputs.
 */
export function NativeSelect({ id, label, children, ...props }: ComponentProps<'select'> & { id: string; label: string }) {
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        className="h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
        {...props}
      >
        {children}
      </select>
    </div>
  )
}

import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'
import { focusRing, invalidRing } from '../lib/focus-ring'

export function Input({ className, type, ...props }: ComponentProps<'input'>) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        'flex h-9 w-full min-w-0 rounded-md border border-input bg-background px-3 py-1 text-base shadow-xs transition-colors file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 md:text-sm',
        focusRing,
        invalidRing,
        className,
      )}
      {...props}
    />
  )
}

'use client'

import { type ReactNode, useId } from 'react'
import { cn } from '../lib/cn'
import { Label } from './label'

/** What a control needs to be named, described and marked invalid by the field around it. */
export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

export interface FieldProps {
  label: ReactNode
  description?: ReactNode
  /** The error to show and announce (already in the reader's language); none when valid. */
  error?: ReactNode
  /** The control's id; one is made up when absent. */
  id?: string | undefined
  /** Ids of more text describing the control (a live status line...), read before the error. */
  describedBy?: string | undefined
  /** Marks the control invalid without an error text (a live check that failed, say). */
  invalid?: boolean | undefined
  className?: string | undefined
  /** Rendered after the description, before the error (a status line the caller owns). */
  extra?: ReactNode
  children: (control: FieldControlProps) => ReactNode
}

/**
 * A label, a control, its description and its error, wired together for assistive technology,
 * for forms whose state is not react-hook-form's (FormTextField and FormNativeSelect are).
 */
export function Field({ label, description, error, id, describedBy, invalid, className, extra, children }: FieldProps) {
  const generated = useId()
  const controlId = id ?? `${generated}-control`
  const descriptionId = `${controlId}-description`
  const errorId = `${controlId}-error`
  const hasError = error !== undefined && error !== null && error !== false && error !== ''
  const describers = [description ? descriptionId : null, describedBy ?? null, hasError ? errorId : null].filter(
    (value): value is string => value !== null && value !== '',
  )
  return (
    <div data-slot="field" className={cn('grid gap-2', className)}>
      <Label htmlFor={controlId} data-error={hasError} className="data-[error=true]:text-destructive">
        {label}
      </Label>
      {children({
        id: controlId,
        'aria-describedby': describers.length > 0 ? describers.join(' ') : undefined,
        'aria-invalid': hasError || invalid ? true : undefined,
      })}
      {description ? (
        <p id={descriptionId} data-slot="field-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {extra}
      {hasError ? (
        <p id={errorId} data-slot="field-error" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  )
}

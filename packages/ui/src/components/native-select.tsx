'use client'

import type { ComponentProps, ReactNode } from 'react'
import type { ControllerProps, FieldPath, FieldValues } from 'react-hook-form'
import { cn } from '../lib/cn'
import { focusRing, invalidRing } from '../lib/focus-ring'
import { Field } from './field'
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from './form'
import { textOf } from './text-field'

/**
 * A native <select> styled like the kit's inputs. Chosen over the Radix Select where a form must
 * work before any script loads, or where the browser's own keyboard and mobile pickers serve best.
 */
export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return (
    <select
      data-slot="native-select"
      className={cn(
        'h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs transition-colors disabled:cursor-not-allowed disabled:opacity-50',
        focusRing,
        invalidRing,
        className,
      )}
      {...props}
    />
  )
}

type SelectProps = Omit<ComponentProps<'select'>, 'id' | 'aria-describedby' | 'aria-invalid'>

export type NativeSelectFieldProps = SelectProps & {
  label: ReactNode
  description?: ReactNode
  /** The error to show and announce, in the reader's language; none when valid. */
  error?: ReactNode
  /** The select's id; one is made up when absent. */
  id?: string
  /** Ids of more text describing the select, read between the description and the error. */
  'aria-describedby'?: string | undefined
  /** Classes of the block around label, select and texts. */
  fieldClassName?: string
}

/** A labelled native select with its description and error, for state kept outside react-hook-form. */
export function NativeSelectField({
  label,
  description,
  error,
  id,
  'aria-describedby': describedBy,
  fieldClassName,
  ...select
}: NativeSelectFieldProps) {
  return (
    <Field
      label={label}
      description={description}
      error={error}
      id={id}
      describedBy={describedBy}
      className={fieldClassName}
    >
      {(control) => <NativeSelect {...select} {...control} />}
    </Field>
  )
}

export type FormNativeSelectProps<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformed,
> = Pick<ControllerProps<TFieldValues, TName, TTransformed>, 'control' | 'name'> &
  Omit<SelectProps, 'name' | 'value' | 'defaultValue' | 'onBlur' | 'ref' | 'disabled'> & {
    label: ReactNode
    description?: ReactNode
    /** Classes of the block around label, select and texts. */
    fieldClassName?: string
  }

/**
 * A native select bound to a react-hook-form field inside <Form>, wired like FormTextField. An
 * `onChange` given here runs after the field took the new value (to clear what depended on it).
 */
export function FormNativeSelect<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
  TTransformed = TFieldValues,
>({
  control,
  name,
  label,
  description,
  fieldClassName,
  onChange,
  ...select
}: FormNativeSelectProps<TFieldValues, TName, TTransformed>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className={fieldClassName}>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <NativeSelect
              {...select}
              name={field.name}
              ref={field.ref}
              value={textOf(field.value)}
              onChange={(event) => {
                field.onChange(event)
                onChange?.(event)
              }}
              onBlur={field.onBlur}
              disabled={field.disabled}
            />
          </FormControl>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  )
}

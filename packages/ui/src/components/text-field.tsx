'use client'

import type { ComponentProps, ReactNode } from 'react'
import type { ControllerProps, FieldPath, FieldValues } from 'react-hook-form'
import { Field } from './field'
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from './form'
import { Input } from './input'

type InputProps = Omit<ComponentProps<'input'>, 'id' | 'aria-describedby' | 'aria-invalid'>

export type TextFieldProps = InputProps & {
  label: ReactNode
  description?: ReactNode
  /** The error to show and announce, in the reader's language; none when valid. */
  error?: ReactNode
  /** The input's id; one is made up when absent. */
  id?: string
  /** Ids of more text describing the input, read between the description and the error. */
  'aria-describedby'?: string | undefined
  /** Marks the input invalid without an error text (a live check that failed). */
  'aria-invalid'?: boolean | undefined
  /** Classes of the block around label, input and texts. */
  fieldClassName?: string
  /** Rendered after the description, before the error. */
  extra?: ReactNode
}

/** A labelled text input with its description and error, for state kept outside react-hook-form. */
export function TextField({
  label,
  description,
  error,
  id,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
  fieldClassName,
  extra,
  ...input
}: TextFieldProps) {
  return (
    <Field
      label={label}
      description={description}
      error={error}
      id={id}
      describedBy={describedBy}
      invalid={invalid}
      className={fieldClassName}
      extra={extra}
    >
      {(control) => <Input {...input} {...control} />}
    </Field>
  )
}

/** A form field's value as the text an input shows (numbers kept by some forms included). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return ''
}

export type FormTextFieldProps<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformed,
> = Pick<ControllerProps<TFieldValues, TName, TTransformed>, 'control' | 'name'> &
  Omit<InputProps, 'name' | 'value' | 'defaultValue' | 'onBlur' | 'ref' | 'disabled'> & {
    label: ReactNode
    description?: ReactNode
    /** Classes of the block around label, input and texts. */
    fieldClassName?: string
  }

/**
 * A text input bound to a react-hook-form field inside <Form>: label, description and the field's
 * error (translated by Form's translateError) wired to the input, which takes focus on an error.
 * An `onChange` given here runs after the field took the new value (to clear what depended on it).
 */
export function FormTextField<
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
  ...input
}: FormTextFieldProps<TFieldValues, TName, TTransformed>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className={fieldClassName}>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input
              {...input}
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

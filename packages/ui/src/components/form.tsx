'use client'

import type { Label as LabelPrimitive } from 'radix-ui'
import { Slot } from 'radix-ui'
import { type ComponentProps, createContext, useContext, useEffect, useId, useState } from 'react'
import {
  Controller,
  type ControllerProps,
  type FieldPath,
  type FieldValues,
  FormProvider,
  type FormProviderProps,
  useFormContext,
  useFormState,
} from 'react-hook-form'
import { cn } from '../lib/cn'
import { Label } from './label'

export { applyServerErrors, type AppliedServerErrors, type ServerErrorLike } from '../lib/server-errors'

type TranslateError = (message: string) => string

// Client-side checks come from @portail/validators, whose messages are keys: the app passes the
// function that turns a key into its fr/en text, keeping this kit free of words.
const TranslateContext = createContext<TranslateError>((message) => message)

export type FormProps<TFieldValues extends FieldValues, TContext, TTransformed> = FormProviderProps<
  TFieldValues,
  TContext,
  TTransformed
> & {
  /** Turns a validation message (a message key) into text; server messages arrive translated and skip it. */
  translateError?: TranslateError
}

/** Provides a react-hook-form instance (`useForm({ resolver: zodResolver(schema) })`) to the fields below. */
export function Form<TFieldValues extends FieldValues, TContext = unknown, TTransformed = TFieldValues>({
  translateError,
  ...form
}: FormProps<TFieldValues, TContext, TTransformed>) {
  const content = <FormProvider {...form} />
  return translateError ? <TranslateContext value={translateError}>{content}</TranslateContext> : content
}

interface FormFieldContextValue {
  name: string
}

const FormFieldContext = createContext<FormFieldContextValue | null>(null)

export function FormField<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
  TTransformed = TFieldValues,
>(props: ControllerProps<TFieldValues, TName, TTransformed>) {
  return (
    <FormFieldContext value={{ name: props.name }}>
      <Controller {...props} />
    </FormFieldContext>
  )
}

interface FormItemContextValue {
  id: string
  /** Whether a FormDescription is rendered, so the control only points at ids that exist. */
  hasDescription: boolean
  setHasDescription: (present: boolean) => void
}

const FormItemContext = createContext<FormItemContextValue | null>(null)

/** The ids and state of the field around the calling component (label, control, message). */
export function useFormField() {
  const field = useContext(FormFieldContext)
  const item = useContext(FormItemContext)
  const { getFieldState } = useFormContext()
  const formState = useFormState({ name: field?.name ?? '' })
  if (!field || !item) throw new Error('useFormField must be used inside <FormField> and <FormItem>')
  const state = getFieldState(field.name, formState)
  return {
    id: item.id,
    name: field.name,
    hasDescription: item.hasDescription,
    setHasDescription: item.setHasDescription,
    formItemId: `${item.id}-form-item`,
    formDescriptionId: `${item.id}-form-item-description`,
    formMessageId: `${item.id}-form-item-message`,
    ...state,
  }
}

export function FormItem({ className, ...props }: ComponentProps<'div'>) {
  const id = useId()
  const [hasDescription, setHasDescription] = useState(false)
  return (
    <FormItemContext value={{ id, hasDescription, setHasDescription }}>
      <div data-slot="form-item" className={cn('grid gap-2', className)} {...props} />
    </FormItemContext>
  )
}

export function FormLabel({ className, ...props }: ComponentProps<typeof LabelPrimitive.Root>) {
  const { error, formItemId } = useFormField()
  return (
    <Label
      data-slot="form-label"
      data-error={!!error}
      className={cn('data-[error=true]:text-destructive', className)}
      htmlFor={formItemId}
      {...props}
    />
  )
}

/** Wires its single child (input, select trigger, date picker...) to the label, description and message. */
export function FormControl(props: ComponentProps<typeof Slot.Root>) {
  const { error, formItemId, formDescriptionId, formMessageId, hasDescription } = useFormField()
  const describedBy = [hasDescription ? formDescriptionId : null, error ? formMessageId : null].filter(Boolean)
  return (
    <Slot.Root
      data-slot="form-control"
      id={formItemId}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      aria-invalid={!!error}
      {...props}
    />
  )
}

export function FormDescription({ className, ...props }: ComponentProps<'p'>) {
  const { formDescriptionId, setHasDescription } = useFormField()
  useEffect(() => {
    setHasDescription(true)
    return () => {
      setHasDescription(false)
    }
  }, [setHasDescription])
  return (
    <p
      data-slot="form-description"
      id={formDescriptionId}
      className={cn('text-sm text-muted-foreground', className)}
      {...props}
    />
  )
}

/** The field's error (translated through Form's translateError), or its children when valid. */
export function FormMessage({ className, children, ...props }: ComponentProps<'p'>) {
  const { error, formMessageId } = useFormField()
  const translate = useContext(TranslateContext)
  const body = error?.message ? (error.type === 'server' ? error.message : translate(error.message)) : children
  if (!body) return null
  return (
    <p data-slot="form-message" id={formMessageId} className={cn('text-sm text-destructive', className)} {...props}>
      {body}
    </p>
  )
}

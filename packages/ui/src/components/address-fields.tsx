'use client'

import type { FieldPath, FieldPathValue, FieldValues } from 'react-hook-form'
import { useFormContext } from 'react-hook-form'
import { cn } from '../lib/cn'
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from './form'
import { Input } from './input'
import { NativeSelect } from './native-select'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from './select'
import { textOf } from './text-field'

/** The parts of a postal address as the forms hold them, each a string ('' when unknown). */
export interface AddressValue {
  line1: string
  line2: string
  city: string
  province: string
  postalCode: string
}

/** The words of the address fields, in the reader's language (the kit has none of its own). */
export interface AddressLabels {
  line1: string
  line2: string
  city: string
  province: string
  /** The province picker's text before a choice is made. */
  provincePlaceholder: string
  postalCode: string
}

/** The paths of a form's values that hold an address (an object, or null while there is none). */
export type AddressPath<TFieldValues extends FieldValues> = {
  [TName in FieldPath<TFieldValues>]: FieldPathValue<TFieldValues, TName> extends AddressValue | null ? TName : never
}[FieldPath<TFieldValues>]

// Limits of the validators' address schema, so a person cannot type past what the server keeps.
const maxLengths = { line1: 200, line2: 200, city: 100, postalCode: 7 } as const

export interface AddressFieldsProps<TFieldValues extends FieldValues> {
  /** Where the address sits in the form's values, e.g. `serviceAddress`. */
  name: AddressPath<TFieldValues>
  labels: AddressLabels
  /** The province and territory codes offered, in order. */
  provinces: readonly string[]
  /**
   * Whose address it is: 'own' lets the browser fill in the person's saved address; 'other' (staff
   * typing a client's address) turns that off so the staff member's own address is not offered.
   */
  autofill: 'own' | 'other'
  /**
   * 'native': a native select; 'listbox': the kit's Select (a button opening a list of options).
   * Both carry the same label and error wiring.
   */
  provincePicker?: 'native' | 'listbox'
  className?: string
}

/**
 * Street, unit, city, province and postal code bound to one address object of the form around
 * them (inside <Form>), each labelled, described by its error and focused when refused.
 */
export function AddressFields<TFieldValues extends FieldValues>({
  name,
  labels,
  provinces,
  autofill,
  provincePicker = 'native',
  className,
}: AddressFieldsProps<TFieldValues>) {
  // The context's control is untyped; the paths below are typed by `name` (AddressPath) instead.
  const { control } = useFormContext()
  const own = autofill === 'own'
  const text = (part: 'line1' | 'line2' | 'city' | 'postalCode', autoComplete: string) => (
    <FormField
      control={control}
      name={`${name}.${part}`}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{labels[part]}</FormLabel>
          <FormControl>
            <Input
              {...field}
              value={textOf(field.value)}
              autoComplete={own ? autoComplete : 'off'}
              maxLength={maxLengths[part]}
            />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  )
  return (
    <div data-slot="address-fields" className={cn('grid gap-4', className)}>
      {text('line1', 'address-line1')}
      {text('line2', 'address-line2')}
      <div className="grid gap-4 sm:grid-cols-3">
        {text('city', 'address-level2')}
        <FormField
          control={control}
          name={`${name}.province`}
          render={({ field }) => (
            <FormItem>
              <FormLabel>{labels.province}</FormLabel>
              {provincePicker === 'listbox' ? (
                <Select value={textOf(field.value)} onValueChange={field.onChange} name={field.name}>
                  <FormControl>
                    <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                      <SelectValue placeholder={labels.provincePlaceholder} />
                    </SelectTrigger>
                  </FormControl>
                  <SelectContent>
                    {provinces.map((code) => (
                      <SelectItem key={code} value={code}>
                        {code}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              ) : (
                <FormControl>
                  <NativeSelect {...field} value={textOf(field.value)} autoComplete={own ? 'address-level1' : 'off'}>
                    <option value="">{labels.provincePlaceholder}</option>
                    {provinces.map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
              )}
              <FormMessage />
            </FormItem>
          )}
        />
        {text('postalCode', 'postal-code')}
      </div>
    </div>
  )
}

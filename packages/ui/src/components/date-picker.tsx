'use client'

import { format } from 'date-fns'
import { CalendarIcon } from 'lucide-react'
import { type ComponentProps, useState } from 'react'
import type { Matcher } from 'react-day-picker'
import { cn } from '../lib/cn'
import { Button } from './button'
import { Calendar, type CalendarLanguage, calendarLocales } from './calendar'
import { Popover, PopoverContent, PopoverTrigger } from './popover'

export type DatePickerProps = Omit<ComponentProps<'button'>, 'value' | 'onChange' | 'children'> & {
  value: Date | undefined
  onChange: (date: Date | undefined) => void
  lang: CalendarLanguage
  /** Shown when no date is chosen (translated), e.g. "Choisir une date". */
  placeholder: string
  /** Days that cannot be picked, e.g. `{ before: new Date() }`. */
  disabledDays?: Matcher | Matcher[]
}

/**
 * A button showing the chosen date in the reader's language that opens a calendar. Extra props
 * (id, aria-invalid, aria-describedby from FormControl) go to the button, so it works as a form control.
 */
export function DatePicker({ value, onChange, lang, placeholder, disabledDays, className, ...props }: DatePickerProps) {
  const [open, setOpen] = useState(false)
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          variant="outline"
          data-slot="date-picker"
          data-empty={!value}
          className={cn(
            'w-full justify-start text-left font-normal data-[empty=true]:text-muted-foreground sm:w-64',
            className,
          )}
          {...props}
        >
          <CalendarIcon aria-hidden />
          {value ? format(value, 'PPP', { locale: calendarLocales[lang] }) : placeholder}
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-auto p-0" align="start">
        <Calendar
          lang={lang}
          mode="single"
          selected={value}
          defaultMonth={value}
          autoFocus
          {...(disabledDays ? { disabled: disabledDays } : {})}
          onSelect={(date) => {
            onChange(date)
            setOpen(false)
          }}
        />
      </PopoverContent>
    </Popover>
  )
}

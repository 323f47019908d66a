'use client'

import { AddressFields } from '@portail/ui/address-fields'
import { Button } from '@portail/ui/button'
import { canadianProvinces } from '@portail/validators'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import type { NewBookingValues } from './new-booking-values'

/**
 * Where a booking made by staff takes place: the client's address on file (the form's
 * `serviceAddress`), shown as text, with the fields (worded like the client's own profile form) to
 * change it for this appointment. The fields open by themselves when the form refuses the address.
 */
export function ServiceAddressFields() {
  const t = useTranslations('adminCalendar')
  const profile = useTranslations('portalProfile')
  const { control } = useFormContext<NewBookingValues>()
  const draft = useWatch({ control, name: 'serviceAddress' })
  const { errors } = useFormState({ control, name: 'serviceAddress' })
  const [editing, setEditing] = useState(false)
  const empty = Object.values(draft).every((value) => value.trim() === '')
  // A refused address opens its fields, and they stay open while it is corrected.
  if (errors.serviceAddress && !editing) setEditing(true)

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{t('addressTerm')}</legend>
      {editing ? (
        <>
          <p className="text-sm text-muted-foreground">{t('addressEditHint')}</p>
          <AddressFields<NewBookingValues>
            name="serviceAddress"
            labels={{
              line1: profile('line1'),
              line2: profile('line2'),
              city: profile('city'),
              province: profile('province'),
              provincePlaceholder: profile('provincePlaceholder'),
              postalCode: profile('postalCode'),
            }}
            provinces={canadianProvinces}
            autofill="other"
          />
        </>
      ) : (
        <div className="flex items-start justify-between gap-2 text-sm">
          {empty ? (
            <p className="text-muted-foreground">{t('noAddressOnFile')}</p>
          ) : (
            <address className="not-italic">
              {draft.line1}
              {draft.line2 ? `, ${draft.line2}` : ''}
              <br />
              {draft.city} ({draft.province}) {draft.postalCode}
            </address>
          )}
          <Button type="button" variant="outline" size="sm" onClick={() => setEditing(true)}>
            {empty ? t('addAddress') : t('editAddress')}
          </Button>
        </div>
      )}
    </fieldset>
  )
}

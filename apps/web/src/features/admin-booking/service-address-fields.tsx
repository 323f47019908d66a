'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { canadianProvinces } from '@portail/validators'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { selectClass } from './field-classes'
import type { AddressDraft, AddressPart } from './service-address-draft'

/**
 * Where a booking made by staff takes place: the client's address on file, shown as text, with the
 * fields (worded like the client's own profile form) to change it for this appointment.
 */
export function ServiceAddressFields({
  draft,
  onChange,
}: {
  draft: AddressDraft
  onChange: (draft: AddressDraft) => void
}) {
  const t = useTranslations('adminCalendar')
  const profile = useTranslations('portalProfile')
  const id = useId()
  const [editing, setEditing] = useState(false)
  const set = (part: AddressPart) => (event: { target: { value: string } }) => onChange({ ...draft, [part]: event.target.value })
  const empty = Object.values(draft).every((value) => value.trim() === '')

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{t('addressTerm')}</legend>
      {editing ? (
        <>
          <p className="text-sm text-muted-foreground">{t('addressEditHint')}</p>
          <Label htmlFor={`${id}-line1`}>{profile('line1')}</Label>
          <Input id={`${id}-line1`} autoComplete="off" maxLength={200} value={draft.line1} onChange={set('line1')} />
          <Label htmlFor={`${id}-line2`}>{profile('line2')}</Label>
          <Input id={`${id}-line2`} autoComplete="off" maxLength={200} value={draft.line2} onChange={set('line2')} />
          <div className="grid gap-2 sm:grid-cols-3">
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${id}-city`}>{profile('city')}</Label>
              <Input id={`${id}-city`} autoComplete="off" maxLength={100} value={draft.city} onChange={set('city')} />
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${id}-province`}>{profile('province')}</Label>
              <select id={`${id}-province`} className={selectClass} value={draft.province} onChange={set('province')}>
                <option value="">{profile('provincePlaceholder')}</option>
                {canadianProvinces.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${id}-postal`}>{profile('postalCode')}</Label>
              <Input id={`${id}-postal`} autoComplete="off" maxLength={7} value={draft.postalCode} onChange={set('postalCode')} />
            </div>
          </div>
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

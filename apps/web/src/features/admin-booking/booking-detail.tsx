'use client'

import { isActive } from '@portail/core/booking-status'
import { createFormatters } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@portail/ui/sheet'
import { Textarea } from '@portail/ui/textarea'
import { toast } from '@portail/ui/toast'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { BookingDeliveryLog } from '../delivery-log/booking-delivery-log'
import { errorText } from '../admin/error-text'
import { ActionDialog } from './action-dialog'
import { staffStatusLabel } from '../booking/status-label'
import { historyActionText } from './booking-status'
import { instantOf, localDateOf, localMinutesOf } from './calendar-time'
import { selectClass } from './field-classes'
import type { MemberRef } from './service-staff'

type Action = 'move' | 'cancel' | 'noShow' | null

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** One booking's detail (client, service, notes, address, history) with the staff's actions on it. */
export function BookingDetail({
  id,
  timeZone,
  canWrite,
  members,
  onClose,
}: {
  id: string | null
  timeZone: string
  canWrite: boolean
  members: MemberRef[]
  onClose: () => void
}) {
  const t = useTranslations('adminCalendar')
  const admin = useTranslations('admin')
  const locale = useLocale()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldId = useId()
  const detail = useQuery({ ...trpc.staff.bookings.get.queryOptions({ id: id ?? '' }), enabled: id !== null })
  const [action, setAction] = useState<Action>(null)
  const [reason, setReason] = useState('')
  const [waiveFee, setWaiveFee] = useState(false)
  const [ignoreRules, setIgnoreRules] = useState(false)
  const [moveDate, setMoveDate] = useState('')
  const [moveTime, setMoveTime] = useState('')
  const [moveStaff, setMoveStaff] = useState('')
  const [actionError, setActionError] = useState<string | null>(null)
  const move = useMutation(trpc.staff.bookings.move.mutationOptions())
  const cancel = useMutation(trpc.staff.bookings.cancel.mutationOptions())
  const complete = useMutation(trpc.staff.bookings.complete.mutationOptions())
  const noShow = useMutation(trpc.staff.bookings.noShow.mutationOptions())
  const booking = detail.data
  const when = (instant: string | Date) => createFormatters({ locale, timeZone }).dateTime(instant)
  const timeText = (instant: string) => createFormatters({ locale, timeZone }).time(instant)
  const refreshAll = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.bookings.pathKey() })

  function openAction(next: Exclude<Action, null>) {
    setReason('')
    setWaiveFee(false)
    setIgnoreRules(false)
    setActionError(null)
    if (booking) {
      setMoveDate(localDateOf(booking.start, timeZone))
      setMoveTime(hhmm(localMinutesOf(booking.start, timeZone)))
      setMoveStaff(booking.staffId)
    }
    setAction(next)
  }

  async function run(task: () => Promise<unknown>, done: string) {
    setActionError(null)
    try {
      await task()
      toast.success(done)
      setAction(null)
      refreshAll()
    } catch (error) {
      setActionError(errorText(error, admin('networkError')))
    }
  }

  const needsReason = () => {
    if (reason.trim() !== '') return false
    setActionError(t('reasonRequired'))
    return true
  }

  return (
    <Sheet
      open={id !== null}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
    >
      <SheetContent closeLabel={t('closeDetail')} className="overflow-y-auto sm:max-w-md">
        <SheetHeader>
          <SheetTitle>{booking ? booking.clientName : t('detailTitle')}</SheetTitle>
          <SheetDescription>
            {booking
              ? `${locale === 'fr' ? booking.serviceNameFr : booking.serviceNameEn} · ${when(booking.start)}`
              : t('loading')}
          </SheetDescription>
        </SheetHeader>
        {detail.isError ? (
          <p className="px-4 text-sm text-destructive">{errorText(detail.error, admin('networkError'))}</p>
        ) : null}
        {booking ? (
          <div className="flex flex-col gap-5 px-4 pb-6">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">{t('statusTerm')}</dt>
              <dd className="font-medium">{staffStatusLabel(t, booking.status)}</dd>
              <dt className="text-muted-foreground">{t('whenTerm')}</dt>
              <dd>{t('timeRange', { date: when(booking.start), end: timeText(booking.end) })}</dd>
              <dt className="text-muted-foreground">{t('staffTerm')}</dt>
              <dd>{booking.staffName}</dd>
              <dt className="text-muted-foreground">{t('clientTerm')}</dt>
              <dd>{booking.clientName}</dd>
              <dt className="text-muted-foreground">{t('priceTerm')}</dt>
              <dd>{createFormatters({ locale, timeZone }).money(booking.priceCents, booking.currency)}</dd>
              <dt className="text-muted-foreground">{t('addressTerm')}</dt>
              <dd>
                {booking.serviceAddress ? (
                  <address className="not-italic">
                    {booking.serviceAddress.line1}
                    {booking.serviceAddress.line2 ? <br /> : null}
                    {booking.serviceAddress.line2}
                    <br />
                    {booking.serviceAddress.city} ({booking.serviceAddress.province}){' '}
                    {booking.serviceAddress.postalCode}
                  </address>
                ) : (
                  t('none')
                )}
              </dd>
              <dt className="text-muted-foreground">{t('notesTerm')}</dt>
              <dd className="whitespace-pre-line">{booking.notes ?? t('none')}</dd>
              {booking.cancellationReason ? (
                <>
                  <dt className="text-muted-foreground">{t('cancellationTerm')}</dt>
                  <dd>{booking.cancellationReason}</dd>
                </>
              ) : null}
              {booking.seriesId ? (
                <>
                  <dt className="text-muted-foreground">{t('seriesTerm')}</dt>
                  <dd>{t('inSeries')}</dd>
                </>
              ) : null}
            </dl>
            {canWrite && isActive(booking.status) ? (
              <div className="flex flex-wrap gap-2">
                <Button variant="outline" onClick={() => openAction('move')}>
                  {t('move')}
                </Button>
                <Button
                  variant="outline"
                  disabled={complete.isPending}
                  onClick={() => void run(() => complete.mutateAsync({ id: booking.id }), t('completed'))}
                >
                  {t('complete')}
                </Button>
                <Button variant="outline" onClick={() => openAction('noShow')}>
                  {t('noShow')}
                </Button>
                <Button variant="destructive" onClick={() => openAction('cancel')}>
                  {t('cancel')}
                </Button>
              </div>
            ) : null}
            {action === null && actionError ? (
              <p role="alert" className="text-sm text-destructive">
                {actionError}
              </p>
            ) : null}
            <section aria-labelledby={`${fieldId}-history`}>
              <h3 id={`${fieldId}-history`} className="mb-2 font-medium">
                {t('historyTitle')}
              </h3>
              {booking.history.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t('historyEmpty')}</p>
              ) : null}
              <ol className="flex flex-col gap-2 text-sm">
                {booking.history.map((entry, index) => (
                  <li key={index} className="border-l-2 pl-3">
                    <p>
                      <span className="font-medium">{historyActionText(t, entry.action)}</span> · {when(entry.at)}
                    </p>
                    <p className="text-muted-foreground">{entry.actorName ?? t('actorSystem')}</p>
                    {entry.reason ? <p>{t('reasonText', { reason: entry.reason })}</p> : null}
                  </li>
                ))}
              </ol>
            </section>
            <BookingDeliveryLog bookingId={booking.id} timeZone={timeZone} />
            <ActionDialog
              open={action === 'move'}
              onOpenChange={(open) => setAction(open ? 'move' : null)}
              title={t('moveTitle')}
              description={t('moveDescription', { timeZone })}
              cancelLabel={t('back')}
              confirmLabel={t('moveConfirm')}
              busy={move.isPending}
              error={actionError}
              onConfirm={() => {
                if (needsReason()) return
                void run(
                  () =>
                    move.mutateAsync({
                      id: booking.id,
                      start: instantOf(moveDate, moveTime, timeZone).toISOString(),
                      staffId: moveStaff,
                      reason: reason.trim(),
                      ignoreRules,
                    }),
                  t('moved'),
                )
              }}
            >
              <div className="grid gap-4 sm:grid-cols-2">
                <div className="flex flex-col gap-2">
                  <Label htmlFor={`${fieldId}-move-date`}>{t('dateLabel')}</Label>
                  <Input
                    id={`${fieldId}-move-date`}
                    type="date"
                    value={moveDate}
                    onChange={(event) => setMoveDate(event.target.value)}
                  />
                </div>
                <div className="flex flex-col gap-2">
                  <Label htmlFor={`${fieldId}-move-time`}>{t('timeLabel')}</Label>
                  <Input
                    id={`${fieldId}-move-time`}
                    type="time"
                    step={300}
                    value={moveTime}
                    onChange={(event) => setMoveTime(event.target.value)}
                  />
                </div>
                <div className="flex flex-col gap-2 sm:col-span-2">
                  <Label htmlFor={`${fieldId}-move-staff`}>{t('staffTerm')}</Label>
                  <select
                    id={`${fieldId}-move-staff`}
                    className={selectClass}
                    value={moveStaff}
                    onChange={(event) => setMoveStaff(event.target.value)}
                  >
                    {members.map((member) => (
                      <option key={member.id} value={member.id}>
                        {member.displayName}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <ReasonField id={`${fieldId}-move-reason`} label={t('reasonLabel')} value={reason} onChange={setReason} />
              <Check
                id={`${fieldId}-ignore`}
                label={t('ignoreRules')}
                checked={ignoreRules}
                onChange={setIgnoreRules}
              />
            </ActionDialog>
            <ActionDialog
              open={action === 'cancel'}
              onOpenChange={(open) => setAction(open ? 'cancel' : null)}
              title={t('cancelTitle')}
              description={t('cancelDescription')}
              cancelLabel={t('back')}
              confirmLabel={t('cancelConfirm')}
              destructive
              busy={cancel.isPending}
              error={actionError}
              onConfirm={() => {
                if (needsReason()) return
                void run(() => cancel.mutateAsync({ id: booking.id, reason: reason.trim(), waiveFee }), t('cancelled'))
              }}
            >
              <ReasonField
                id={`${fieldId}-cancel-reason`}
                label={t('reasonLabel')}
                value={reason}
                onChange={setReason}
              />
              <Check id={`${fieldId}-waive`} label={t('waiveFee')} checked={waiveFee} onChange={setWaiveFee} />
            </ActionDialog>
            <ActionDialog
              open={action === 'noShow'}
              onOpenChange={(open) => setAction(open ? 'noShow' : null)}
              title={t('noShowTitle')}
              description={t('noShowDescription')}
              cancelLabel={t('back')}
              confirmLabel={t('noShowConfirm')}
              busy={noShow.isPending}
              error={actionError}
              onConfirm={() =>
                void run(
                  () =>
                    noShow.mutateAsync({ id: booking.id, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) }),
                  t('markedNoShow'),
                )
              }
            >
              <ReasonField
                id={`${fieldId}-noshow-reason`}
                label={t('reasonOptionalLabel')}
                value={reason}
                onChange={setReason}
              />
            </ActionDialog>
          </div>
        ) : null}
      </SheetContent>
    </Sheet>
  )
}

function ReasonField({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Textarea id={id} rows={2} maxLength={500} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  )
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        className="size-4 accent-primary"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <Label htmlFor={id}>{label}</Label>
    </div>
  )
}

'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useTRPC } from '~/trpc/client'

/**
 * Accepts a team invitation as the signed-in person, then opens the admin area. The server checks
 * everything again (status, expiry, the proven email) and words a refusal in the reader's language.
 */
export function AcceptInvitation({ token, locale }: { token: string; locale: Locale }) {
  const t = useTranslations('invitation')
  const trpc = useTRPC()
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: () => window.location.assign(`/${locale}/admin`),
    }),
  )
  const done = accept.isSuccess
  return (
    <div className="mt-6 grid gap-3">
      <Button
        type="button"
        className="justify-self-start"
        disabled={accept.isPending || done}
        onClick={() => accept.mutate({ token })}
      >
        {accept.isPending ? t('accepting') : t('accept')}
      </Button>
      <p role={accept.isError ? 'alert' : 'status'} className={accept.isError ? 'font-medium text-destructive' : ''}>
        {done ? t('accepted') : accept.isError ? accept.error.message || t('networkError') : null}
      </p>
    </div>
  )
}

'use client'

import { Button } from '@portail/ui/button'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../error-text'

/** Resend (a new link, a new week) or revoke a pending invitation. */
export function InvitationActions({ invitation }: { invitation: { id: string; email: string } }) {
  const t = useTranslations('adminTeam')
  const admin = useTranslations('admin')
  const trpc = useTRPC()
  const router = useRouter()
  const resend = useMutation(trpc.staff.invitations.resend.mutationOptions())
  const revoke = useMutation(trpc.staff.invitations.revoke.mutationOptions())
  const pending = resend.isPending || revoke.isPending

  async function act(kind: 'resend' | 'revoke') {
    try {
      if (kind === 'resend') {
        await resend.mutateAsync({ id: invitation.id })
        toast.success(t('resent', { email: invitation.email }))
      } else {
        await revoke.mutateAsync({ id: invitation.id })
        toast.success(t('revoked'))
      }
      router.refresh()
    } catch (error) {
      toast.error(errorText(error, admin('networkError')))
    }
  }

  return (
    <div role="group" aria-label={t('invitationFor', { email: invitation.email })} className="flex flex-wrap gap-2">
      <Button variant="outline" size="sm" disabled={pending} onClick={() => void act('resend')}>
        {t('resend')}
      </Button>
      <Button variant="outline" size="sm" disabled={pending} onClick={() => void act('revoke')}>
        {t('revoke')}
      </Button>
    </div>
  )
}

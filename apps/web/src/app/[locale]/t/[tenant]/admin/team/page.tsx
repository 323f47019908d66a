import { can } from '@portail/auth'
import { createFormatters } from '@portail/i18n'
import { Badge } from '@portail/ui/badge'
import { cn } from '@portail/ui/cn'
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@portail/ui/table'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { roleLabel } from '~/features/admin/admin-sections'
import { DisplayNameForm } from '~/features/admin/team/display-name-form'
import { InvitationActions } from '~/features/admin/team/invitation-actions'
import { InvitationForm } from '~/features/admin/team/invitation-form'
import { MemberActions } from '~/features/admin/team/member-actions'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { serverApi } from '~/trpc/server'

// The kit's cells never wrap; these may, so the table narrows to its column instead of hiding
// its actions past the edge (1280 px windows with the sidebar left about 1000 px for it).
const wrapping = 'whitespace-normal align-top'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminTeam' })
  return { title: t('title') }
}

/**
 * The team and its invitations. What a role may not do is not offered (the permission matrix);
 * the procedures refuse it anyway.
 */
export default async function AdminTeamPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant, role, identity } = await requireStaff(locale, (await params).tenant)
  const api = await serverApi()
  const canInvite = can(role, 'team.invite')
  const [members, invitations] = await Promise.all([
    api.staff.team.list(),
    canInvite ? api.staff.invitations.list() : Promise.resolve([]),
  ])
  const t = await getTranslations('adminTeam')
  const admin = await getTranslations('admin')
  const format = createFormatters({ locale, timeZone: tenant.timeZone })
  const roleLabels = {
    owner: roleLabel(admin, 'owner'),
    admin: roleLabel(admin, 'admin'),
    staff: roleLabel(admin, 'staff'),
  }
  const statusLabel = (status: 'pending' | 'expired' | 'accepted' | 'revoked') => {
    switch (status) {
      case 'pending':
        return t('statusPending')
      case 'expired':
        return t('statusExpired')
      case 'accepted':
        return t('statusAccepted')
      case 'revoked':
        return t('statusRevoked')
    }
  }
  const canChangeRole = can(role, 'team.manage')
  const canRemove = can(role, 'team.remove')
  const canNameOthers = can(role, 'team.names')

  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>

      <section aria-labelledby="members-title" className="mt-6">
        <h2 id="members-title" className="text-lg font-semibold">
          {t('membersTitle')}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{t('publicNameHint')}</p>
        <Table className="mt-3">
          <TableCaption className="sr-only">{t('membersCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">
                {t('colName')} · {t('colEmail')}
              </TableHead>
              <TableHead scope="col">{t('colPublicName')}</TableHead>
              <TableHead scope="col">{t('colRole')}</TableHead>
              <TableHead scope="col">{t('colJoined')}</TableHead>
              {canChangeRole || canRemove ? <TableHead scope="col">{t('colActions')}</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => {
              const self = member.userId === identity.userId
              return (
                <TableRow key={member.userId}>
                  <TableCell className={wrapping}>
                    <span className="font-medium">{member.name}</span>{' '}
                    {self ? <span className="text-muted-foreground">{t('you')}</span> : null}
                    <span className="block text-muted-foreground [overflow-wrap:anywhere]">{member.email}</span>
                  </TableCell>
                  <TableCell className={wrapping}>
                    {self || canNameOthers ? (
                      <DisplayNameForm
                        member={{ userId: member.userId, name: member.name, displayName: member.displayName }}
                      />
                    ) : (
                      member.displayName
                    )}
                  </TableCell>
                  <TableCell className={wrapping}>{roleLabels[member.role]}</TableCell>
                  <TableCell className={wrapping}>{format.date(member.joinedAt)}</TableCell>
                  {canChangeRole || canRemove ? (
                    <TableCell className={wrapping}>
                      {self ? null : (
                        <MemberActions
                          member={{ userId: member.userId, name: member.name, role: member.role }}
                          roleLabels={roleLabels}
                          canChangeRole={canChangeRole}
                          // Admins cannot remove owners (the server refuses it too).
                          canRemove={canRemove && (role === 'owner' || member.role !== 'owner')}
                        />
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </section>

      {canInvite ? (
        <section aria-labelledby="invitations-title" className="mt-10">
          <h2 id="invitations-title" className="text-lg font-semibold">
            {t('invitationsTitle')}
          </h2>
          <div className="mt-3 rounded-lg border p-4">
            <h3 className="mb-3 font-medium">{t('inviteTitle')}</h3>
            <InvitationForm roleLabels={{ admin: roleLabels.admin, staff: roleLabels.staff }} />
          </div>
          {invitations.length === 0 ? (
            <p className="mt-4 text-muted-foreground">{t('invitationsEmpty')}</p>
          ) : (
            <Table className="mt-4">
              <TableCaption className="sr-only">{t('invitationsCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t('colEmail')}</TableHead>
                  <TableHead scope="col">{t('colRole')}</TableHead>
                  <TableHead scope="col">{t('colStatus')}</TableHead>
                  <TableHead scope="col">{t('colExpires')}</TableHead>
                  <TableHead scope="col">{t('colActions')}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invitations.map((invitation) => (
                  <TableRow key={invitation.id}>
                    <TableCell className={cn(wrapping, '[overflow-wrap:anywhere]')}>{invitation.email}</TableCell>
                    <TableCell className={wrapping}>{roleLabels[invitation.role]}</TableCell>
                    <TableCell className={wrapping}>
                      <Badge variant={invitation.status === 'pending' ? 'default' : 'secondary'}>
                        {statusLabel(invitation.status)}
                      </Badge>
                    </TableCell>
                    <TableCell className={wrapping}>{format.dateTime(invitation.expiresAt)}</TableCell>
                    <TableCell className={wrapping}>
                      {invitation.status === 'pending' || invitation.status === 'expired' ? (
                        <InvitationActions invitation={{ id: invitation.id, email: invitation.email }} />
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      ) : null}
    </main>
  )
}

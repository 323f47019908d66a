import type { Locale } from '@portail/i18n'
import { buttonVariants } from '@portail/ui/button'
import { SignOutAction } from './sign-out-action'

/**
 * The header's sign-out button: the kit's small outline button, its classes worked out here on
 * the server, and the click handled by ./sign-out-action.
 */
export function SignOutButton({
  label,
  pendingLabel,
  locale,
  viaClerk = false,
}: {
  label: string
  pendingLabel: string
  locale: Locale
  viaClerk?: boolean
}) {
  return (
    <SignOutAction
      label={label}
      pendingLabel={pendingLabel}
      locale={locale}
      viaClerk={viaClerk}
      className={buttonVariants({ variant: 'outline', size: 'sm' })}
    />
  )
}

'use client'

import type { Locale } from '@portail/i18n'
import { usePathname } from 'next/navigation'
import { type MouseEvent, useEffect, useState } from 'react'
import { switchLocaleHref } from './switch-locale-href'

interface LanguageSwitchLinkProps {
  /** The server's answer for the page it rendered: right until the reader navigates in the browser. */
  initialHref: string
  target: Locale
  label: string
  hint: string
  className: string
}

const hereIn = (target: Locale) => switchLocaleHref(`${window.location.pathname}${window.location.search}`, target)

/**
 * The switcher lives in a layout, which client-side navigation does not render again: the link
 * follows the address bar after each navigation, and is recomputed at the click in case only the
 * query changed.
 */
export function LanguageSwitchLink({ initialHref, target, label, hint, className }: LanguageSwitchLinkProps) {
  const pathname = usePathname()
  const [href, setHref] = useState(initialHref)
  useEffect(() => setHref(hereIn(target)), [pathname, target])
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = hereIn(target)
  }
  return (
    <a href={href} hrefLang={target} lang={target} title={hint} className={className} onClick={onClick}>
      {label}
    </a>
  )
}

import type { ReactNode } from 'react'
import { LanguageSwitcher } from '../i18n/language-switcher'

/** The top bar: who this is (brand or business), then the actions and the language switch. */
export function SiteHeader({ title, homeHref, children }: { title: string; homeHref: string; children?: ReactNode }) {
  return (
    <header className="border-b">
      <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3">
        <a href={homeHref} className="text-lg font-semibold">
          {title}
        </a>
        <nav className="flex items-center gap-3">
          {children}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  )
}

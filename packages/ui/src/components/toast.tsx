'use client'

import type { CSSProperties } from 'react'
import { Toaster as Sonner, type ToasterProps as SonnerProps } from 'sonner'

export { toast } from 'sonner'

export type ToasterProps = Omit<SonnerProps, 'containerAriaLabel' | 'customAriaLabel'> & {
  /** Accessible name of the notification region (translated), e.g. "Notifications". */
  label: string
  /** Accessible name of each toast's close button (translated), e.g. "Fermer la notification". */
  closeLabel: string
}

/** Mount once in the app's layout; then call `toast(...)`, `toast.success(...)`, `toast.error(...)` anywhere. */
export function Toaster({ label, closeLabel, toastOptions, ...props }: ToasterProps) {
  return (
    <Sonner
      theme="light"
      className="toaster group"
      // Sonner appends its hotkey ("alt+T") to the default name; ours is the plain translated label.
      customAriaLabel={label}
      toastOptions={{ ...toastOptions, closeButtonAriaLabel: closeLabel }}
      style={
        {
          '--normal-bg': 'var(--popover)',
          '--normal-text': 'var(--popover-foreground)',
          '--normal-border': 'var(--border)',
          '--border-radius': 'var(--radius)',
        } as CSSProperties
      }
      {...props}
    />
  )
}

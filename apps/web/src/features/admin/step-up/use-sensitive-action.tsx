'use client'

import { type ReactNode, useRef, useState } from 'react'
import { needsSecondFactor } from './step-up-client'
import { StepUpDialog } from './step-up-dialog'

/**
 * Runs a sensitive mutation; when the API answers SECOND_FACTOR_REQUIRED, asks for the emailed
 * code (StepUpDialog) and runs it again once confirmed. Other errors reach the caller's handler.
 */
export function useSensitiveAction(onError: (error: unknown) => void): {
  run: (action: () => Promise<void>) => Promise<void>
  dialog: ReactNode
} {
  const [open, setOpen] = useState(false)
  const waiting = useRef<(() => Promise<void>) | null>(null)

  async function run(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      if (needsSecondFactor(error)) {
        waiting.current = action
        setOpen(true)
      } else onError(error)
    }
  }

  const dialog = (
    <StepUpDialog
      open={open}
      onCancel={() => {
        waiting.current = null
        setOpen(false)
      }}
      onConfirmed={() => {
        const action = waiting.current
        waiting.current = null
        setOpen(false)
        if (action) void run(action)
      }}
    />
  )
  return { run, dialog }
}

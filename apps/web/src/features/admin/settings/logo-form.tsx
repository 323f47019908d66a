'use client'

import { Button } from '@portail/ui/button'
import { Label } from '@portail/ui/label'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { TRPCClientError } from '@trpc/client'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'

/**
 * The business's logo: the current one (or none), a file to send in its place, and removal. The
 * server decides what the file is from its bytes and answers each refusal in the reader's
 * language, shown under the field; nothing is stored then.
 */
export function LogoForm({
  logoUrl,
  businessName,
  canWrite,
}: {
  logoUrl: string | null
  businessName: string
  canWrite: boolean
}) {
  const t = useTranslations('adminSettings')
  const trpc = useTRPC()
  const router = useRouter()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string | null>(null)
  const upload = useMutation(trpc.staff.settings.uploadLogo.mutationOptions())
  const remove = useMutation(trpc.staff.settings.removeLogo.mutationOptions())
  const busy = upload.isPending || remove.isPending

  const failure = (caught: unknown) =>
    // The server's refusal is already in the reader's language; a lost connection is not.
    caught instanceof TRPCClientError && caught.data ? caught.message : t('logoFailed')

  async function onUpload() {
    if (!file) return
    setError(null)
    try {
      await upload.mutateAsync(file)
      setFile(null)
      if (input.current) input.current.value = ''
      toast.success(t('logoSaved'))
      router.refresh()
    } catch (caught) {
      setError(failure(caught))
      input.current?.focus()
    }
  }

  async function onRemove() {
    setError(null)
    try {
      await remove.mutateAsync()
      toast.success(t('logoRemoved'))
      router.refresh()
    } catch (caught) {
      toast.error(failure(caught))
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="max-w-xl space-y-3 rounded-lg border p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('logoTitle')}
      </h2>
      <div className="flex min-h-16 items-center gap-4">
        {logoUrl ? (
          <img
            src={logoUrl}
            alt={businessName}
            className="h-16 w-auto max-w-48 object-contain"
            data-testid="settings-logo"
          />
        ) : (
          <p className="text-sm text-muted-foreground">{t('logoNone')}</p>
        )}
      </div>
      {canWrite ? (
        <>
          <div className="space-y-1">
            <Label htmlFor={`${id}-file`}>{t('logoFileLabel')}</Label>
            <input
              ref={input}
              id={`${id}-file`}
              type="file"
              // A hint for the picker only: the server reads the type from the bytes.
              accept="image/png,image/jpeg,image/webp"
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              disabled={busy}
              onChange={(event) => {
                setError(null)
                setFile(event.target.files?.[0] ?? null)
              }}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm"
            />
            <p id={`${id}-hint`} className="text-sm text-muted-foreground">
              {t('logoHint')}
            </p>
            {error ? (
              <p id={`${id}-error`} role="alert" className="text-sm font-medium text-destructive">
                {error}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => void onUpload()} disabled={!file || busy}>
              {upload.isPending ? t('logoUploading') : t('logoUpload')}
            </Button>
            {logoUrl ? (
              <Button type="button" variant="outline" onClick={() => void onRemove()} disabled={busy}>
                {remove.isPending ? t('logoRemoving') : t('logoRemove')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  )
}

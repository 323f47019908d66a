import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * The text of a PDF as `pdftotext -layout` reads it, with the non-breaking spaces Intl puts in
 * fr-CA amounts turned into plain spaces. No pdftotext is a failure, never a skip.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'invoice-pdf-'))
  try {
    const file = join(dir, 'invoice.pdf')
    await writeFile(file, pdf)
    let stdout: string
    try {
      ;({ stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
        throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils); CI installs it')
      }
      throw error
    }
    const text = stdout.replace(/[\u00a0\u202f]/g, ' ')
    // pdftotext ends every page with a form feed.
    const pages = text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '')
    return { text, pages }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

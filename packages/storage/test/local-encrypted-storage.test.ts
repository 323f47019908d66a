import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileIntegrityError, InvalidStorageKeyError, localEncryptedFileStorage } from '../src/index'

let directory: string
const key = randomBytes(32)
const plaintext = new TextEncoder().encode(
  'A business logo, or a client contract: either way not for the disk to read.',
)

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'portail-files-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('the encrypted local file storage', () => {
  it('gives back what was stored, with its content type, and null for a missing file', async () => {
    const storage = localEncryptedFileStorage({ directory, encryptionKey: key })
    await storage.put('tenants/t1/logo/a', plaintext, { contentType: 'image/png' })
    const file = await storage.get('tenants/t1/logo/a')
    expect(file?.contentType).toBe('image/png')
    expect(Buffer.from(file?.bytes ?? []).equals(Buffer.from(plaintext))).toBe(true)
    expect(await storage.get('tenants/t1/logo/b')).toBeNull()
  })

  it('keeps no plaintext on disk, and a fresh IV makes the same bytes encrypt differently', async () => {
    const storage = localEncryptedFileStorage({ directory, encryptionKey: key })
    await storage.put('a/one', plaintext, { contentType: 'text/plain' })
    await storage.put('a/two', plaintext, { contentType: 'text/plain' })
    const one = await readFile(join(directory, 'a', 'one'))
    const two = await readFile(join(directory, 'a', 'two'))
    expect(one.includes(Buffer.from('not for the disk'))).toBe(false)
    expect(one.subarray(-plaintext.length).equals(two.subarray(-plaintext.length))).toBe(false)
  })

  it('refuses a file changed on disk, moved under another key, or read with another key', async () => {
    const storage = localEncryptedFileStorage({ directory, encryptionKey: key })
    await storage.put('a/file', plaintext, { contentType: 'image/png' })
    const path = join(directory, 'a', 'file')
    const original = await readFile(path)

    const flipped = Buffer.from(original)
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 0x01
    await writeFile(path, flipped)
    await expect(storage.get('a/file')).rejects.toBeInstanceOf(FileIntegrityError)

    // The content type is in clear but authenticated: rewriting it is tampering too.
    await writeFile(path, Buffer.from(original.toString('latin1').replace('image/png', 'text/htm'), 'latin1'))
    await expect(storage.get('a/file')).rejects.toBeInstanceOf(FileIntegrityError)

    await writeFile(join(directory, 'a', 'other'), original)
    await expect(storage.get('a/other')).rejects.toBeInstanceOf(FileIntegrityError)

    await writeFile(path, original)
    const otherKey = localEncryptedFileStorage({ directory, encryptionKey: randomBytes(32) })
    await expect(otherKey.get('a/file')).rejects.toBeInstanceOf(FileIntegrityError)
    expect((await storage.get('a/file'))?.contentType).toBe('image/png')

    await writeFile(path, original.subarray(0, 10))
    await expect(storage.get('a/file')).rejects.toBeInstanceOf(FileIntegrityError)
  })

  it('deletes, and deleting a missing file is fine', async () => {
    const storage = localEncryptedFileStorage({ directory, encryptionKey: key })
    await storage.put('a/file', plaintext, { contentType: 'image/png' })
    await storage.delete('a/file')
    expect(await storage.get('a/file')).toBeNull()
    await expect(storage.delete('a/file')).resolves.toBeUndefined()
  })

  it('refuses keys that would leave its folder, and a key of the wrong size', async () => {
    const storage = localEncryptedFileStorage({ directory, encryptionKey: key })
    for (const bad of ['../escape', 'a/../../escape', '/absolute', 'a//b', 'a/./b', 'spaces here', '']) {
      await expect(storage.put(bad, plaintext, { contentType: 'image/png' })).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      )
    }
    expect(() => localEncryptedFileStorage({ directory, encryptionKey: randomBytes(16) })).toThrow(/32 bytes/)
  })
})

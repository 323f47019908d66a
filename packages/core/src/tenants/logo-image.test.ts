import { describe, expect, it } from 'vitest'
import { jpegHeader, png, webpHeader } from '../../test/support/images'
import { isDomainError } from '../errors'
import { inspectLogo, logoMaxBytes } from './logo-image'

const refusal = async (bytes: Uint8Array) => {
  try {
    await inspectLogo(bytes)
    return null
  } catch (error) {
    return isDomainError(error) ? { key: error.messageKey, field: error.field } : error
  }
}

describe('inspectLogo', () => {
  it('knows PNG, JPEG and WebP from their bytes, with their size', async () => {
    expect(await inspectLogo(png(64, 32))).toEqual({ contentType: 'image/png', width: 64, height: 32 })
    expect(await inspectLogo(jpegHeader(120, 40))).toEqual({ contentType: 'image/jpeg', width: 120, height: 40 })
    expect(await inspectLogo(webpHeader(200, 100))).toEqual({ contentType: 'image/webp', width: 200, height: 100 })
  })

  it('refuses HTML, SVG, GIF and text, whatever they would be called', async () => {
    const text = (value: string) => new TextEncoder().encode(value)
    for (const bytes of [
      text('<!doctype html><script>alert(1)</script>'),
      text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="20" height="20"/></svg>'),
      text('GIF89a\x10\x00\x10\x00\x00\x00\x00;'),
      text('just some words'),
    ]) {
      expect(await refusal(bytes)).toEqual({ key: 'tenant.logoType', field: 'logo' })
    }
  })

  it('refuses an empty file, one over 1 MB, and sides out of 16..4096 px', async () => {
    expect(await refusal(new Uint8Array())).toEqual({ key: 'tenant.logoEmpty', field: 'logo' })
    const big = png(64, 64, logoMaxBytes)
    expect(big.byteLength).toBeGreaterThan(logoMaxBytes)
    expect(await refusal(big)).toEqual({ key: 'tenant.logoTooLarge', field: 'logo' })
    expect(await refusal(png(8, 64))).toEqual({ key: 'tenant.logoDimensions', field: 'logo' })
    expect(await refusal(webpHeader(5000, 100))).toEqual({ key: 'tenant.logoDimensions', field: 'logo' })
    expect(await refusal(png(16, 4096))).toBeNull()
  })

  it('refuses a PNG signature with no readable header', async () => {
    expect(await refusal(png(64, 32).subarray(0, 12))).toEqual({ key: 'tenant.logoType', field: 'logo' })
  })
})

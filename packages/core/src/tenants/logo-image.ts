import { fileTypeFromBuffer } from 'file-type'
import { imageSize } from 'image-size'
import { DomainError } from '../errors'

/** Largest logo accepted: plenty for a sharp header mark, small enough to serve on every page. */
export const logoMaxBytes = 1024 * 1024
/** Sides in pixels: smaller cannot be seen, larger is a photo (or a decompression bomb), not a logo. */
export const logoMinSide = 16
export const logoMaxSide = 4096

/**
 * Raster formats only: browsers never run scripts in them. SVG is refused on purpose (it is a
 * document that may carry scripts and links), as is anything the bytes do not prove to be one of
 * these, whatever its name or the type the browser claimed.
 */
export const logoContentTypes = ['image/png', 'image/jpeg', 'image/webp'] as const
export type LogoContentType = (typeof logoContentTypes)[number]

const isLogoType = (mime: string): mime is LogoContentType => logoContentTypes.some((type) => type === mime)

export interface InspectedLogo {
  contentType: LogoContentType
  width: number
  height: number
}

const refuse = (key: 'tenant.logoEmpty' | 'tenant.logoTooLarge' | 'tenant.logoType' | 'tenant.logoDimensions') =>
  new DomainError('BAD_REQUEST', key, {
    field: 'logo',
    params: { maxSize: '1 MB', minSide: logoMinSide, maxSide: logoMaxSide },
  })

/**
 * What an uploaded logo really is, from its own bytes (magic numbers, then the image header for
 * its size), or a DomainError on field `logo` saying why it is refused.
 */
export async function inspectLogo(bytes: Uint8Array): Promise<InspectedLogo> {
  if (bytes.byteLength === 0) throw refuse('tenant.logoEmpty')
  if (bytes.byteLength > logoMaxBytes) throw refuse('tenant.logoTooLarge')
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected || !isLogoType(detected.mime)) throw refuse('tenant.logoType')
  let size: { width: number; height: number }
  try {
    size = imageSize(bytes)
  } catch {
    // The signature said image but the header cannot be read: a truncated or forged file.
    throw refuse('tenant.logoType')
  }
  const sides = [size.width, size.height]
  if (sides.some((side) => !Number.isInteger(side) || side < logoMinSide || side > logoMaxSide)) {
    throw refuse('tenant.logoDimensions')
  }
  return { contentType: detected.mime, width: size.width, height: size.height }
}

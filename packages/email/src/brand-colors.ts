/** Portail's own blue, for a brand without a colour (and Portail's own mail). */
export const defaultBrandColor = '#1d4ed8'

const hexColor = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i

/** `#abc` / `#aabbcc` -> [r, g, b]; anything else (a CSS injection attempt included) -> null. */
function parseHex(color: string): [number, number, number] | null {
  if (!hexColor.test(color)) return null
  const hex = color.length === 4 ? [...color.slice(1)].map((digit) => digit + digit).join('') : color.slice(1)
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number]
}

const toHex = (rgb: [number, number, number]) =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const left = parseHex(a)
  const right = parseHex(b)
  if (!left || !right) return 1
  const [light, dark] = [luminance(left), luminance(right)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

export interface EmailPalette {
  /** Headings and links on the white page: the brand colour, darkened until it reads (4.5:1). */
  accent: string
  /** The button's background: the brand colour as chosen. */
  button: string
  /** The button's text: white, else near-black, else black: the first that reads on `button` (4.5:1). */
  buttonText: string
}

const white = '#ffffff'
const ink = '#111827'

/**
 * The colours a message uses, from the business's brand colour, each pair readable (WCAG AA
 * 4.5:1 for text): a pale brand colour still brands the button, with dark text on it, and its
 * headings are a darker shade of it.
 */
export function emailPalette(brandColor: string | null): EmailPalette {
  const rgb = parseHex(brandColor ?? '') ?? parseHex(defaultBrandColor)
  if (!rgb) throw new Error('the default brand colour is not a colour')
  const button = toHex(rgb)
  // White or black always reaches 4.5:1 on one side; ink (softer than black) when it reads as well.
  const buttonText = [white, ink, '#000000'].find((text) => contrastRatio(button, text) >= 4.5) ?? '#000000'
  let accent = rgb
  for (let step = 0; step < 20 && contrastRatio(toHex(accent), white) < 4.5; step += 1) {
    accent = accent.map((channel) => channel * 0.85) as [number, number, number]
  }
  return { accent: toHex(accent), button, buttonText }
}

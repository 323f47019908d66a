/** One entry of the time-zone picker: the IANA name stored, the words shown. */
export interface TimeZoneOption {
  value: string
  label: string
}

export interface TimeZoneGroup {
  label: string
  options: TimeZoneOption[]
}

/** The picker's entries: `lead` (the stored zone when no group lists it), then the groups, Canada first. */
export interface TimeZoneChoices {
  lead: TimeZoneOption[]
  groups: TimeZoneGroup[]
}

type City =
  | 'stJohns'
  | 'halifax'
  | 'moncton'
  | 'montreal'
  | 'toronto'
  | 'iqaluit'
  | 'winnipeg'
  | 'regina'
  | 'edmonton'
  | 'vancouver'
  | 'whitehorse'
type Clock = 'newfoundland' | 'atlantic' | 'eastern' | 'central' | 'saskatchewan' | 'mountain' | 'pacific' | 'yukon'
export const regions = [
  'America',
  'Europe',
  'Asia',
  'Africa',
  'Australia',
  'Pacific',
  'Atlantic',
  'Indian',
  'Antarctica',
  'Arctic',
  'other',
] as const

type Region = (typeof regions)[number]

/** The words of the picker in one language (time-zone-words.ts reads them from the catalog). */
export interface TimeZoneWords {
  locale: string
  canadaGroup: string
  cityOption: (city: string, zone: string) => string
  currentOption: (zone: string) => string
  cities: Record<City, string>
  clocks: Record<Clock, string>
  regions: Record<Region, string>
}

/**
 * Canada east to west, by the city people know their clock by. Montréal is stored as
 * America/Montreal, the IANA name (a link to Toronto's rules) a Quebec business recognises.
 */
const canada: readonly { zone: string; city: City; clock: Clock }[] = [
  { zone: 'America/St_Johns', city: 'stJohns', clock: 'newfoundland' },
  { zone: 'America/Halifax', city: 'halifax', clock: 'atlantic' },
  { zone: 'America/Moncton', city: 'moncton', clock: 'atlantic' },
  { zone: 'America/Montreal', city: 'montreal', clock: 'eastern' },
  { zone: 'America/Toronto', city: 'toronto', clock: 'eastern' },
  { zone: 'America/Iqaluit', city: 'iqaluit', clock: 'eastern' },
  { zone: 'America/Winnipeg', city: 'winnipeg', clock: 'central' },
  { zone: 'America/Regina', city: 'regina', clock: 'saskatchewan' },
  { zone: 'America/Edmonton', city: 'edmonton', clock: 'mountain' },
  { zone: 'America/Vancouver', city: 'vancouver', clock: 'pacific' },
  { zone: 'America/Whitehorse', city: 'whitehorse', clock: 'yukon' },
]

const isRegion = (name: string): name is Region => (regions as readonly string[]).includes(name)

/** "America/Argentina/Buenos_Aires" under its region reads "Argentina / Buenos Aires". */
const placeOf = (zone: string, region: Region) =>
  (region === 'other' ? zone : zone.slice(zone.indexOf('/') + 1)).replaceAll('_', ' ').replaceAll('/', ' / ')

/**
 * The picker for `zones` (the runtime's IANA list, which the server validates against):
 * Canada's zones by city with their clock's name, then every other zone under its region,
 * alphabetical in the reader's language. `current`, the stored zone, is always offered.
 */
export function timeZoneChoices(zones: readonly string[], words: TimeZoneWords, current?: string): TimeZoneChoices {
  const canadian = canada.map(({ zone, city, clock }) => ({
    value: zone,
    label: words.cityOption(words.cities[city], words.clocks[clock]),
  }))
  const listed = new Set(canadian.map((option) => option.value))
  const byRegion = new Map<Region, TimeZoneOption[]>()
  for (const zone of zones) {
    if (listed.has(zone)) continue
    const first = zone.split('/')[0] ?? ''
    const region: Region = zone.includes('/') && isRegion(first) ? first : 'other'
    const options = byRegion.get(region) ?? []
    options.push({ value: zone, label: placeOf(zone, region) })
    byRegion.set(region, options)
    listed.add(zone)
  }
  const collator = new Intl.Collator(words.locale)
  const groups = [
    { label: words.canadaGroup, options: canadian },
    ...regions.flatMap((region) => {
      const options = byRegion.get(region)
      return options
        ? [{ label: words.regions[region], options: options.sort((a, b) => collator.compare(a.label, b.label)) }]
        : []
    }),
  ]
  const lead = current && !listed.has(current) ? [{ value: current, label: words.currentOption(current) }] : []
  return { lead, groups }
}

import { catalogs, type Locale } from '@portail/i18n'
import { ZTimeZone } from '@portail/validators'
import { describe, expect, it } from 'vitest'
import { timeZoneChoices, type TimeZoneWords } from './time-zone-choices'

// The catalog's words with its {placeholders} filled in, as next-intl would.
function wordsOf(locale: Locale): TimeZoneWords {
  const m = catalogs[locale].timeZones
  return {
    locale,
    canadaGroup: m.canadaGroup,
    cityOption: (city, zone) => m.cityOption.replace('{city}', city).replace('{zone}', zone),
    currentOption: (zone) => m.currentOption.replace('{zone}', zone),
    cities: {
      stJohns: m.cityStJohns,
      halifax: m.cityHalifax,
      moncton: m.cityMoncton,
      montreal: m.cityMontreal,
      toronto: m.cityToronto,
      iqaluit: m.cityIqaluit,
      winnipeg: m.cityWinnipeg,
      regina: m.cityRegina,
      edmonton: m.cityEdmonton,
      vancouver: m.cityVancouver,
      whitehorse: m.cityWhitehorse,
    },
    clocks: {
      newfoundland: m.zoneNewfoundland,
      atlantic: m.zoneAtlantic,
      eastern: m.zoneEastern,
      central: m.zoneCentral,
      saskatchewan: m.zoneSaskatchewan,
      mountain: m.zoneMountain,
      pacific: m.zonePacific,
      yukon: m.zoneYukon,
    },
    regions: {
      America: m.regionAmerica,
      Europe: m.regionEurope,
      Asia: m.regionAsia,
      Africa: m.regionAfrica,
      Australia: m.regionAustralia,
      Pacific: m.regionPacific,
      Atlantic: m.regionAtlantic,
      Indian: m.regionIndian,
      Antarctica: m.regionAntarctica,
      Arctic: m.regionArctic,
      other: m.regionOther,
    },
  }
}

const runtimeZones = Intl.supportedValuesOf('timeZone')

describe('timeZoneChoices', () => {
  it('offers Canada first, by city and the clock’s name, in French', () => {
    const { lead, groups } = timeZoneChoices(runtimeZones, wordsOf('fr'), 'America/Toronto')
    expect(lead).toEqual([])
    expect(groups[0]?.label).toBe('Canada')
    expect(groups[0]?.options.map((option) => option.label)).toEqual([
      'St. John’s (heure de Terre-Neuve)',
      'Halifax (heure de l’Atlantique)',
      'Moncton (heure de l’Atlantique)',
      'Montréal (heure de l’Est)',
      'Toronto (heure de l’Est)',
      'Iqaluit (heure de l’Est)',
      'Winnipeg (heure du Centre)',
      'Regina (heure du Centre, sans heure d’été)',
      'Edmonton, Calgary (heure des Rocheuses)',
      'Vancouver (heure du Pacifique)',
      'Whitehorse (heure du Yukon)',
    ])
  })

  it('says the same in English, Montreal without its accent', () => {
    const canada = timeZoneChoices(runtimeZones, wordsOf('en')).groups[0]
    expect(canada?.options.find((option) => option.value === 'America/Montreal')?.label).toBe('Montreal (Eastern time)')
    expect(canada?.options.find((option) => option.value === 'America/Vancouver')?.label).toBe(
      'Vancouver (Pacific time)',
    )
  })

  it('lists every other zone once, under its region, by place name instead of raw IANA names', () => {
    const { groups } = timeZoneChoices(runtimeZones, wordsOf('fr'))
    const values = groups.flatMap((group) => group.options.map((option) => option.value))
    expect(new Set(values).size).toBe(values.length)
    expect(values.filter((value) => value !== 'America/Montreal').sort()).toEqual([...runtimeZones].sort())
    expect(groups.map((group) => group.label)).toEqual(
      expect.arrayContaining(['Canada', 'Amériques', 'Europe', 'Asie', 'Afrique', 'Pacifique']),
    )
    const europe = groups.find((group) => group.label === 'Europe')
    expect(europe?.options).toContainEqual({ value: 'Europe/Paris', label: 'Paris' })
    const americas = groups.find((group) => group.label === 'Amériques')
    expect(americas?.options).toContainEqual({
      value: 'America/Argentina/La_Rioja',
      label: 'Argentina / La Rioja',
    })
    // Canada's cities are not offered a second time among the Americas.
    expect(americas?.options.some((option) => option.value === 'America/Toronto')).toBe(false)
    expect(groups.flatMap((group) => group.options).every((option) => !option.label.includes('_'))).toBe(true)
  })

  it('stores only IANA names the server accepts', () => {
    const { groups } = timeZoneChoices(runtimeZones, wordsOf('fr'))
    for (const option of groups.flatMap((group) => group.options))
      expect(ZTimeZone.safeParse(option.value).success, option.value).toBe(true)
  })

  it('keeps offering a stored zone that no group lists', () => {
    const { lead } = timeZoneChoices(['America/Toronto'], wordsOf('en'), 'Canada/Eastern')
    expect(lead).toEqual([{ value: 'Canada/Eastern', label: 'Canada/Eastern (current zone)' }])
  })
})

import type { Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import type { TimeZoneWords } from './time-zone-choices'

/** The picker's words in `locale`, from the `timeZones` catalog (read on the server, sent as labels). */
export async function timeZoneWords(locale: Locale): Promise<TimeZoneWords> {
  const t = await getTranslations({ locale, namespace: 'timeZones' })
  return {
    locale,
    canadaGroup: t('canadaGroup'),
    cityOption: (city, zone) => t('cityOption', { city, zone }),
    currentOption: (zone) => t('currentOption', { zone }),
    cities: {
      stJohns: t('cityStJohns'),
      halifax: t('cityHalifax'),
      moncton: t('cityMoncton'),
      montreal: t('cityMontreal'),
      toronto: t('cityToronto'),
      iqaluit: t('cityIqaluit'),
      winnipeg: t('cityWinnipeg'),
      regina: t('cityRegina'),
      edmonton: t('cityEdmonton'),
      vancouver: t('cityVancouver'),
      whitehorse: t('cityWhitehorse'),
    },
    clocks: {
      newfoundland: t('zoneNewfoundland'),
      atlantic: t('zoneAtlantic'),
      eastern: t('zoneEastern'),
      central: t('zoneCentral'),
      saskatchewan: t('zoneSaskatchewan'),
      mountain: t('zoneMountain'),
      pacific: t('zonePacific'),
      yukon: t('zoneYukon'),
    },
    regions: {
      America: t('regionAmerica'),
      Europe: t('regionEurope'),
      Asia: t('regionAsia'),
      Africa: t('regionAfrica'),
      Australia: t('regionAustralia'),
      Pacific: t('regionPacific'),
      Atlantic: t('regionAtlantic'),
      Indian: t('regionIndian'),
      Antarctica: t('regionAntarctica'),
      Arctic: t('regionArctic'),
      other: t('regionOther'),
    },
  }
}

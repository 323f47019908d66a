import { StyleSheet } from '@react-pdf/renderer'
import { fontFamily } from './fonts'

export const defaultBrandColor = '#334e68'
export const muted = '#52606d'
export const rule = '#d9e2ec'

export const styles = StyleSheet.create({
  // No lineHeight anywhere: inherited from the Page it makes react-pdf 4.9 drop the page-number
  // text, and from a View it multiplies row heights; Noto Sans's own line gap reads well.
  page: {
    fontFamily,
    fontSize: 9.5,
    color: '#1f2933',
    paddingTop: 40,
    paddingHorizontal: 44,
    paddingBottom: 56,
  },
  row: { flexDirection: 'row' },
  bold: { fontWeight: 700 },
  muted: { color: muted },
  small: { fontSize: 8 },
  sectionGap: { marginTop: 18 },
  footer: { position: 'absolute', bottom: 28, left: 44, right: 44, textAlign: 'center', fontSize: 8, color: muted },
})

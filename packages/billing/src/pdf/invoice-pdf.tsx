import { Document, Page } from '@react-pdf/renderer'
import type { InvoiceDocument } from './invoice-document'
import { labelsFor } from './labels'
import { Header } from './sections/header'
import { LinesTable } from './sections/lines-table'
import { Footer, Notes } from './sections/notes-and-footer'
import { Parties } from './sections/parties'
import { Totals } from './sections/totals'
import { defaultBrandColor, styles } from './styles'

/** The whole document: a root <Document>, as renderToBuffer requires. */
export function invoicePdfElement(doc: InvoiceDocument) {
  const labels = labelsFor(doc.language)
  const brandColor = doc.seller.brandColor ?? defaultBrandColor
  return (
    <Document
      title={`${labels[doc.kind]} ${doc.number}`}
      author={doc.seller.name}
      language={doc.language === 'en' ? 'en-CA' : 'fr-CA'}
    >
      <Page size="LETTER" style={styles.page}>
        <Header doc={doc} labels={labels} brandColor={brandColor} />
        <Parties buyer={doc.buyer} labels={labels} brandColor={brandColor} />
        <LinesTable doc={doc} labels={labels} brandColor={brandColor} />
        <Totals doc={doc} labels={labels} brandColor={brandColor} />
        <Notes notes={doc.notes} labels={labels} />
        <Footer number={doc.number} labels={labels} />
      </Page>
    </Document>
  )
}

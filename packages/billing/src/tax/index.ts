export { computeInvoiceTaxes } from './compute-invoice-taxes'
export { taxRatesOn, type TaxRate } from './tax-rates-on'
export { placeOfSupply, type PlaceOfSupplyInput, type SupplyKind } from './place-of-supply'

/** A postal address as stored in jsonb: a client's service address, a business's own address. */
export interface ServiceAddress {
  line1: string
  line2?: string
  city: string
  province: string
  postalCode: string
  country: string
}

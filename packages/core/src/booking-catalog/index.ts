export { type BookingCatalog, type CatalogService, listCatalog } from './list-catalog'
export { saveService, saveServiceOption, setServiceStaff, setWorkingHours, updateBookingSettings } from './save-catalog'

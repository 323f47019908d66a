export { type BookingCatalog, type CatalogService, listCatalog } from './list-catalog'
export {
  addScheduleOverride,
  removeScheduleOverride,
  saveService,
  saveServiceOption,
  setServiceStaff,
  setWorkingHours,
  updateBookingSettings,
} from './save-catalog'

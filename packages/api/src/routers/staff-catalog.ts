import {
  addScheduleOverride,
  listCatalog,
  removeScheduleOverride,
  saveService,
  saveServiceOption,
  setServiceStaff,
  setWorkingHours,
  updateBookingSettings,
} from '@portail/core/booking-catalog'
import {
  ZAddScheduleOverrideInput,
  ZRemoveScheduleOverrideInput,
  ZSaveServiceInput,
  ZSaveServiceOptionInput,
  ZSetServiceStaffInput,
  ZSetWorkingHoursInput,
  ZUpdateBookingSettingsInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffProcedure } from '../procedures'

/** The business's booking setup: services, options, who performs them, weekly hours, settings. */
export const staffCatalogRouter = {
  /** Everything, inactive services included (the editor and its preview). */
  get: staffProcedure('bookings.read').query(({ ctx }) => listCatalog(ctx.tx, ctx.staff)),
  saveService: staffProcedure('settings.write')
    .input(ZSaveServiceInput)
    .mutation(({ ctx, input }) => saveService(ctx.tx, ctx.staff, input)),
  saveOption: staffProcedure('settings.write')
    .input(ZSaveServiceOptionInput)
    .mutation(({ ctx, input }) => saveServiceOption(ctx.tx, ctx.staff, input)),
  setServiceStaff: staffProcedure('settings.write')
    .input(ZSetServiceStaffInput)
    .mutation(({ ctx, input }) => setServiceStaff(ctx.tx, ctx.staff, input)),
  setHours: staffProcedure('settings.write')
    .input(ZSetWorkingHoursInput)
    .mutation(({ ctx, input }) => setWorkingHours(ctx.tx, ctx.staff, input)),
  /** A closure or extra hours on one date, for one member or the whole business. */
  addOverride: staffProcedure('settings.write')
    .input(ZAddScheduleOverrideInput)
    .mutation(({ ctx, input }) => addScheduleOverride(ctx.tx, ctx.staff, input)),
  removeOverride: staffProcedure('settings.write')
    .input(ZRemoveScheduleOverrideInput)
    .mutation(({ ctx, input }) => removeScheduleOverride(ctx.tx, ctx.staff, input)),
  updateSettings: staffProcedure('settings.write')
    .input(ZUpdateBookingSettingsInput)
    .mutation(({ ctx, input }) => updateBookingSettings(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord

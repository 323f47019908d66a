export { eventCatalog, type EventName, type EventPayload, type PortailEvent } from './event-catalog'
export {
  type EventSink,
  eventSink,
  type EventSinkOptions,
  nudge,
  nudgeEventNames,
  type NudgeKind,
  platformTenantId,
  setEventSink,
  type WorkflowEvent,
} from './event-sink'
export { noteQueued, nudgeOutboxAfter } from './outbox-nudge'
export {
  platformEventCatalog,
  type PlatformEventName,
  type WorkflowEventData,
  workflowEventCatalog,
  type WorkflowEventName,
} from './platform-events'
export { sendEvent } from './send-event'

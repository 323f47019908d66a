export { eventCatalog, type EventName, type EventPayload, type PortailEvent } from './event-catalog'
export { sendEvent } from './send-event'

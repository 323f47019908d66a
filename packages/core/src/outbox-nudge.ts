// The API reaches the outbox nudge through core (api sits on core, never on events): a procedure's
// transaction that wrote an event wakes the outbox relay once it has committed. setEventSink and
// WorkflowEvent are here for the API's tests, which watch the nudges a procedure sends.
export { nudgeOutboxAfter, setEventSink, type WorkflowEvent } from '@portail/events'

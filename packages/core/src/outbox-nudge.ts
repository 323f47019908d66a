// The API and the web app reach the relay nudges through core (they sit on core, never on events):
// a procedure's transaction that wrote an event or queued mail wakes the relay once it has
// committed (nudgeOutboxAfter); the dev sign-in mailer nudges the mail relay itself (nudge).
// setEventSink and WorkflowEvent are here for the API's tests, which watch the nudges sent.
export { nudge, nudgeOutboxAfter, setEventSink, type WorkflowEvent } from '@portail/events'

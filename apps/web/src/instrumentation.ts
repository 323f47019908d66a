/** Runs once when a server instance starts, before it serves a request. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is not configuration: Next inlines it per bundle, and only this literal check lets
  // it drop the Node-only start-up code from the edge instrumentation bundle it always builds.
  // eslint-disable-next-line no-restricted-properties -- build-time constant, see above
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // First, so that as few requests as possible arrive before handlers can tell their peer's address.
  const { installPeerAddressStamp } = await import('./server/peer-address')
  installPeerAddressStamp()
  const { bootOrExit } = await import('./server/boot')
  await bootOrExit()
}

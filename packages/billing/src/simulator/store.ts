/**
 * Where the simulator keeps Stripe's side of the world. Values are plain JSON; each collection
 * (accounts, checkout_sessions, …) maps an id to one record. The simulator is the only writer.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export interface SimulatorStore {
  read(collection: string, id: string): Promise<Json | null>
  write(collection: string, id: string, value: Json): Promise<void>
  list(collection: string): Promise<Json[]>
}

/** Keeps everything in process: tests, and any run that need not survive a restart. */
export function createMemorySimulatorStore(): SimulatorStore {
  const collections = new Map<string, Map<string, string>>()
  const collection = (name: string) => {
    let found = collections.get(name)
    if (!found) {
      found = new Map()
      collections.set(name, found)
    }
    return found
  }
  return {
    // Stored as text, so a caller mutating what it read never changes the store behind our back.
    read: (name, id) => {
      const text = collection(name).get(id)
      return Promise.resolve(text === undefined ? null : (JSON.parse(text) as Json))
    },
    write: (name, id, value) => {
      collection(name).set(id, JSON.stringify(value))
      return Promise.resolve()
    },
    list: (name) => Promise.resolve([...collection(name).values()].map((text) => JSON.parse(text) as Json)),
  }
}

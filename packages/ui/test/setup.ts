import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})

// Browser APIs jsdom lacks and the libraries call (sonner's swipe, Radix popper and select).
const elementStubs: Record<string, () => unknown> = {
  setPointerCapture: () => undefined,
  releasePointerCapture: () => undefined,
  hasPointerCapture: () => false,
  scrollIntoView: () => undefined,
}
for (const [name, stub] of Object.entries(elementStubs)) {
  if (typeof Element !== 'undefined' && !(name in Element.prototype)) {
    Object.defineProperty(Element.prototype, name, { value: stub, configurable: true, writable: true })
  }
}
globalThis.ResizeObserver ??= class {
  observe() {
    return undefined
  }
  unobserve() {
    return undefined
  }
  disconnect() {
    return undefined
  }
}

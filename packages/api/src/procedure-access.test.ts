import { describe, expect, it } from 'vitest'
import { procedureAccess } from './procedure-access'

describe('procedureAccess', () => {
  it('reads what a builder declared', () => {
    expect(procedureAccess({ access: { kind: 'public' } })).toEqual({ kind: 'public' })
    expect(procedureAccess({ access: { kind: 'staff', permission: 'clients.write' } })).toEqual({
      kind: 'staff',
      permission: 'clients.write',
    })
  })

  it('gives nothing for a procedure without a declaration, or with one the matrix does not know', () => {
    expect(procedureAccess(undefined)).toBeNull()
    expect(procedureAccess({})).toBeNull()
    expect(procedureAccess({ access: { kind: 'staff' } })).toBeNull()
    expect(procedureAccess({ access: { kind: 'staff', permission: 'clients.everything' } })).toBeNull()
    expect(procedureAccess({ access: { kind: 'root', permission: 'clients.read' } })).toBeNull()
    expect(procedureAccess({ access: { kind: 'signedIn' } })).toBeNull()
    expect(procedureAccess({ access: { kind: 'signedIn', host: 'anywhere' } })).toBeNull()
  })

  it('reads the platform-site and signed-in kinds with their host', () => {
    expect(procedureAccess({ access: { kind: 'rootPublic' } })).toEqual({ kind: 'rootPublic' })
    expect(procedureAccess({ access: { kind: 'signedIn', host: 'tenant' } })).toEqual({ kind: 'signedIn', host: 'tenant' })
  })
})

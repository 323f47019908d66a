import { describe, expect, it } from 'vitest'
import { deploymentScheme } from './deployment-scheme'

describe('deploymentScheme', () => {
  it('is http only for a localhost-style root domain, whatever its port or case', () => {
    expect(deploymentScheme('localhost:3000')).toBe('http')
    expect(deploymentScheme('portail.localhost:3000')).toBe('http')
    expect(deploymentScheme('Portail.LOCALHOST')).toBe('http')
    expect(deploymentScheme('localhost.example.com')).toBe('https')
    expect(deploymentScheme('portail.app')).toBe('https')
  })
})

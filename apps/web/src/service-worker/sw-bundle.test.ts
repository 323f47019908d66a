import { describe, expect, it } from 'vitest'
import { GET, generateStaticParams } from '~/app/api/serwist/[path]/route'

describe('the service worker route', () => {
  it('bundles the worker offline, allowed to control the whole portal, with the offline page precached', async () => {
    expect(await generateStaticParams()).toContainEqual({ path: 'sw.js' })
    const response = await GET(new Request('http://localhost/api/serwist/sw.js'), {
      params: Promise.resolve({ path: 'sw.js' }),
    })
    expect(response.headers.get('service-worker-allowed')).toBe('/')
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    const source = await response.text()
    expect(source).toContain('/api/pwa/offline')
    expect(source).toContain('notificationclick')
    expect(source).toContain('showNotification')
  }, 60_000)
})

import { testPreset } from '@portail/config/vitest'
import { defineConfig } from 'vitest/config'

export default defineConfig({ test: testPreset })

import base from '@portail/config/eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig } from 'eslint/config'

// The workspace config plus the rules of hooks (and the React Compiler's purity checks) for the kit.
export default defineConfig(base, reactHooks.configs.flat.recommended)

export { default } from '@portail/config/eslint'

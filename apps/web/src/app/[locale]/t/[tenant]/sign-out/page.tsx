export { generateMetadata, SignOutPage as default } from '~/features/auth/sign-out-page'

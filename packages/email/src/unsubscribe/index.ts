export { applyUnsubscribe, unsubscribeTarget, type UnsubscribeTarget } from './apply-unsubscribe'
export { type UnsubscribeLink, unsubscribeLink } from './unsubscribe-link'
export { unsubscribePage, type UnsubscribePageState } from './unsubscribe-page'
export {
  createUnsubscribeToken,
  type UnsubscribeClaims,
  type UnsubscribeTopic,
  unsubscribeTopics,
  verifyUnsubscribeToken,
} from './unsubscribe-token'
export { handleUnsubscribeRequest } from './unsubscribe-handler'

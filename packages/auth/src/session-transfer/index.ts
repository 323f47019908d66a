export { issueSessionTransfer } from './issue-session-transfer'
export { hashTransferToken, isTransferTokenShaped, transferLifetimeSeconds } from './transfer-token'

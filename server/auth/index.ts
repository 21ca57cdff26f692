// Accounts for a county server: roles, sessions, tokens, request guards. See README「账号与权限」.
export * from './guard.js';
export * from './sessions.js';
export { hashPassword, verifyPassword, generatePassword, nobleScrypt, type Scrypt } from './passwords.js';
export { authRoutes, type AuthRouteDeps } from './routes.js';
export { draftAccess, canRead, canWrite, readableAgencies } from './access.js';
export { RateLimit, Throttle } from './throttle.js';

// The VERP return paths live in lib/ so that campaigns, transactional email
// and this feature can all use them without importing each other.
export { parseReturnPath, returnPathFor, type VerpTarget } from '../../lib/verp.js';

// The auditor's verification and trail, and the read models, seen from the erasure tests. @ocop/audit and
// @ocop/projections are not yet devDependencies of this package (adding them needs an install), so they are
// imported by path from their sources; once they are declared, these lines import them by name instead.
export { renderTrail, trail, verify, type Opener, type Trail } from '../../audit/src/index.js';
export { allReadModels, createRunner, sqliteStorage, type ProjectionStorage } from '../../projections/src/index.js';

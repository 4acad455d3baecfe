export * from './span.js';
export * from './entity.js';
export * from './date.js';
export * from './deadline.js';
export * from './stance.js';
export * from './claim.js';
export * from './result.js';
export * from './options.js';

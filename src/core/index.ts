/** The framework-free core: the machine, its interpreter, validation and the `AuthClient` contract. */
export * from './types.js';
export * from './validation.js';
export * from './machine.js';
export * from './authenticator.js';
export * from './hooks.js';

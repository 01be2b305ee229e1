export * from './parties';
export * from './users';
export * from './meetings';
export * from './audit-events';
export * from './documents';
export * from './agenda';

export * from './contract';
export * from './errors';
export type * from './shell';

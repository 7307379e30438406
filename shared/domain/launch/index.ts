export * from './rowIssue';
export * from './instant';
export * from './utm';
export * from './launchSequence';
export * from './preflight';
export * from './trackingChecks';
export * from './decisionLog';
export * from './packageTables';

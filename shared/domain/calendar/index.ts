export * from './timeZones';
export * from './grids';
export * from './coordinationRules';
export * from './icalExport';
export * from './csvExport';
export * from './coordinationRuleSettings';
export * from './launchMirror';

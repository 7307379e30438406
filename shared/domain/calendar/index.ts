export * from './timeZones';
export * from './grids';
export * from './coordinationRules';
export * from './icalExport';
export * from './csvExport';

export * from './leadScoring';
export * from './leadSla';
export * from './leadStatus';
export * from './leadPackage';
export * from './leadQuality';
export * from './leadReengagement';
export * from './weeklyAgenda';
export * from './leadImport';

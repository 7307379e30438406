export * from './dashboardStandards';
export * from './reviewSchedule';
export * from './reviewCompletion';
export * from './iceScore';
export * from './testPlanCheck';
export * from './metricCsv';
export * from './cardFollowUps';

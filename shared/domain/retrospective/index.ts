export * from './retrospectiveDue';
export * from './retrospectiveForm';
export * from './ftsQuery';
export * from './playbookRelevance';
export * from './learningsText';

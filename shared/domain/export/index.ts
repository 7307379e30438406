export * from './exportDocument';
export * from './fallbackGlyphs';

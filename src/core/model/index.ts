export * from './position.ts';
export * from './frontmatter.ts';
export * from './mapping.ts';
export * from './block.ts';
export * from './control.ts';
export * from './document.ts';
export * from './guide.ts';
export * from './diagnostic.ts';

/** `hardmap/node`: file access, the analysis road, config and the CLI's report formatters. */
export { loadCatalogs, loadCrosswalks, loadReferenceData, readCatalogFiles, readCrosswalkFiles, CrosswalkFileError } from './io/catalogs.ts';
export { loadConfig, ConfigSchema, type Config } from './io/config.ts';
export { findMarkdownFiles } from './io/files.ts';
export { formatMessageLine, formatStylish } from './cli/reporters/stylish.ts';
export { formatJson } from './cli/reporters/json.ts';
export { formatSarif } from './cli/reporters/sarif.ts';
export { formatGithub } from './cli/reporters/github.ts';
export { summarize, formatSummary, type RunSummary } from './cli/reporters/summary.ts';
export { main } from './cli/main.ts';
export { analyzeFiles, analyzeAll, errorCode, type AnalyzeOptions, type FileReader, type FileResult, type GuideFileResult, type RunbookFileResult, type FailedFile } from './io/analyze.ts';
export { analyzeGuides, type AnalyzedGuides } from './io/guides.ts';
export { createCheckSession, warmSession, type CheckSession, type CachedResult } from './io/session.ts';
export { createModelStore, createMemoryModelStore, readModel, MODELS_DIR, type ModelStore, type GuideModel } from './io/model-store.ts';
export { resultKey, CACHE_DIR } from './io/result-key.ts';
export { readInput, readInputSync, tooLargeMessage, NotRegularFileError, INPUT_LIMIT_BYTES, type InputRead } from './io/read-input.ts';
export { contentCommit } from './io/git.ts';
export { toolInfo } from './io/tool-info.ts';
export { readPackTree, resolvePacksRoot, PACK_FILE_LIMIT_BYTES, type ReadPacks, type PacksRootOptions } from './io/packs.ts';

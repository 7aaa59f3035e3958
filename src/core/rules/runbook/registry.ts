import { rule as runbookAppliesTo } from './runbook-applies-to.ts';
import { rule as runbookFrontmatter } from './runbook-frontmatter.ts';
import { rule as runbookSections } from './runbook-sections.ts';
import type { RunbookRule } from './types.ts';

export const RUNBOOK_RULES: readonly RunbookRule[] = [runbookAppliesTo, runbookFrontmatter, runbookSections];

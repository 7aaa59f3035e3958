/** Every internal URL in one place, with the configured base and the trailing slash Astro expects. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const url = (path = ''): string => `${BASE}${path.replace(/^\//, '')}`;
export const guideUrl = (slug: string, anchor?: string): string => url(`guides/${slug}/${anchor ? `#${anchor}` : ''}`);
export const controlUrl = (slug: string, segment: string): string => url(`guides/${slug}/${segment}/`);
export const guideMatrixUrl = (slug: string): string => url(`guides/${slug}/matrix/`);
export const runbookUrl = (slug: string): string => url(`runbooks/${slug}/`);
export const frameworkUrl = (key: string): string => url(`frameworks/${key}/`);
export const requirementPath = (key: string, idSlug: string): string => url(`frameworks/${key}/${idSlug}/`);
export const downloadUrl = (path: string): string => url(`downloads/${path}`);
export const statusUrl = (anchor?: string): string => url(`status/${anchor ? `#${anchor}` : ''}`);
export const cheatSheetUrl = (slug: string): string => url(`guides/${slug}/cheat-sheet/`);
export const changesUrl = (): string => url('changes/');

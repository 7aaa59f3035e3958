/**
 * The issue's yardstick for `hardmap build`: a minimal Jekyll site with one page per guide over
 * the same Markdown (kramdown with GFM input, one plain layout), as the upstream guides' site is
 * built. Needs `jekyll` on the PATH (Debian's `jekyll` package); without it the bench says so and
 * skips the ratio rather than guessing a figure.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function jekyllAvailable(): boolean {
  return spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Lay out the site under `site`: every guide of `dir` as a page of its own, runbooks left out as the upstream site does. */
export function prepareJekyllSite(dir: string, site: string): number {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, '_layouts'), { recursive: true });
  writeFileSync(join(site, '_config.yml'), 'markdown: kramdown\nkramdown:\n  input: GFM\ndefaults:\n  - scope: { path: "" }\n    values: { layout: guide }\nexclude: [_site]\n');
  writeFileSync(join(site, '_layouts', 'guide.html'), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>\n<body><main>{{ content }}</main></body></html>\n');
  const guides = readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.md') && !file.split('/').includes('runbooks'));
  for (const file of guides) copyFileSync(join(dir, file), join(site, basename(file)));
  // The upstream guides call includes of their site's theme ({% include pack-code.html %});
  // Jekyll stops at a missing one, so each gets an empty file here (the yardstick then does a
  // little less than the upstream site, which renders the code packs there).
  const includes = new Set(guides.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/\{%-?\s*include\s+([\w.-]+)/g)].map((match) => match[1] ?? '')));
  if (includes.size > 0) mkdirSync(join(site, '_includes'));
  for (const name of includes) writeFileSync(join(site, '_includes', name), '');
  return guides.length;
}

/** One cold Jekyll build of `site` (output folder and Jekyll's cache removed first); milliseconds, or throws with Jekyll's message. */
export function buildJekyllSite(site: string): number {
  // Cold means Jekyll's own cache too: with .jekyll-cache kept, the corpus built in 0.4 s instead of 2.2 s.
  rmSync(join(site, '_site'), { recursive: true, force: true });
  rmSync(join(site, '.jekyll-cache'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('jekyll', ['build', '--quiet', '--source', site, '--destination', join(site, '_site')], { encoding: 'utf8', timeout: 30 * 60_000 });
  if (result.status !== 0) throw new Error(`jekyll build failed (${String(result.status)}): ${(result.stderr || result.stdout).slice(-500)}`);
  return Math.round(performance.now() - started);
}

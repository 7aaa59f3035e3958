// The `--add-oscal` command: reads the two files, writes mappings/frameworks/<id>/.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FrameworkFolderError, loadFrameworkFolders } from '../../../src/io/framework-folders.ts';
import { writeIfChanged } from '../io.ts';
import { AddFrameworkError, importOscalFolder } from './add-oscal.ts';
import { InvalidFolderError } from './folder.ts';

const USAGE = 'usage: npm run import-reference -- --add-oscal <catalog-or-profile.json> --framework <framework.json> [--upstream "<repo@commit:path>"]';

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}

export function addOscal(argv: string[], projectRoot: string): number {
  const source = option(argv, '--add-oscal');
  const frameworkPath = option(argv, '--framework');
  if (!source || !frameworkPath || !existsSync(source) || !existsSync(frameworkPath)) {
    console.error(`import-reference: ${!source || !frameworkPath ? 'missing argument' : `not found: ${existsSync(source) ? frameworkPath : source}`}`);
    console.error(USAGE);
    return 2;
  }
  const upstream = option(argv, '--upstream');
  const outDir = join(projectRoot, 'mappings');
  try {
    const framework: unknown = JSON.parse(readFileSync(frameworkPath, 'utf8'));
    const profileOf = (framework as { profileOf?: string }).profileOf;
    const target = profileOf ? loadFrameworkFolders(join(outDir, 'frameworks'), projectRoot).get(profileOf) : undefined;
    const { files, problems } = importOscalFolder({ path: relative(projectRoot, resolve(source)), bytes: readFileSync(source), ...(upstream ? { upstream } : {}) }, framework, target);
    for (const [file, content] of files) console.log(`${writeIfChanged(join(outDir, file), content) ? 'wrote    ' : 'unchanged'} mappings/${file}`);
    for (const p of problems) console.warn(`warning: ${p}`);
    return 0;
  } catch (error) {
    if (error instanceof AddFrameworkError || error instanceof InvalidFolderError || error instanceof FrameworkFolderError || error instanceof SyntaxError) {
      console.error(`import-reference: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// Finds the user-facing literals in renderer modules (see
// test/renderer/no-literal-strings.test.ts for the rules). Run directly to
// list them for a folder: `npx tsx test/helpers/literal-strings.ts renderer/src/editor`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..', 'renderer', 'src');
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
// Letters outside ASCII that Vietnamese writes (and any other accented Latin letter).
const VIETNAMESE = /[À-ɏḀ-ỿ]/u;

export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export function literalStrings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = text.split('\n');
  const found: string[] = [];
  const exempt = (line: number) => /not translated:/.test(lines[line] ?? '') || /not translated:/.test(lines[line - 1] ?? '');
  const report = (node: ts.Node, value: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    if (!exempt(line)) found.push(`${relative(ROOT, file)}:${line + 1}: ${value.trim().slice(0, 60)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && VIETNAMESE.test(node.text)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('');
      if (VIETNAMESE.test(parts)) report(node, parts);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      report(node, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}


const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) {
  const found = sources(resolve(process.argv[2] ?? ROOT)).flatMap(literalStrings);
  console.log(found.join('\n'));
  console.log(`${found.length} literal(s)`);
}

// Fails CI when @doyensec/electronegativity reports a check that
// docs/security.md does not list in its "Electronegativity findings" table:
// every finding must be fixed or explained there.
// Usage: node .ci/electronegativity-check.mjs RESULT.sarif docs/security.md
import { readFileSync } from 'node:fs';

const [resultFile, docFile] = process.argv.slice(2);
const sarif = JSON.parse(readFileSync(resultFile, 'utf8'));
const found = new Map();
for (const result of sarif.runs.flatMap((run) => run.results ?? [])) {
  const where = result.locations?.[0]?.physicalLocation;
  const place = `${where?.artifactLocation?.uri ?? '?'}:${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`;
  found.set(result.ruleId, [...(found.get(result.ruleId) ?? []), place]);
}

const doc = readFileSync(docFile, 'utf8');
const section = doc.slice(doc.indexOf('## Electronegativity findings'));
const explained = new Set([...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));

const unexplained = [...found.keys()].filter((check) => !explained.has(check));
for (const [check, where] of found) console.log(`${explained.has(check) ? 'explained' : 'NEW      '} ${check} ${where.join(' ')}`);
if (unexplained.length) {
  console.error(`electronegativity: ${unexplained.join(', ')} not fixed and not explained in ${docFile}`);
  process.exit(1);
}
console.log(`electronegativity: ${found.size} finding(s), all explained in ${docFile}`);

// Fails CI when @doyensec/electronegativity reports a check that
// docs/security.md does not list in its "Electronegativity findings" table:
// every finding must be fixed or explained there.
// Usage: node .ci/electronegativity-check.mjs RESULT.csv docs/security.md
import { readFileSync } from 'node:fs';

const [csvFile, docFile] = process.argv.slice(2);
const rows = readFileSync(csvFile, 'utf8').trim().split('\n').slice(1);
const found = new Map();
for (const row of rows) {
  const [check, , , file, location] = row.split(',');
  found.set(check, [...(found.get(check) ?? []), `${file.replaceAll('"', '')}:${location.replaceAll('"', '')}`]);
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

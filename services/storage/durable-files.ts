// Replacing several data files as one change. Each file is written whole to
// a temporary file and flushed; a rename then makes it visible. One rename is
// atomic, several are not: a process killed between two renames would leave
// a mix of old and new files. So before the first rename a journal listing
// every rename is put in place (itself by an atomic rename), and whoever
// opens the data folder next finishes an interrupted set of renames.
// The change is therefore all old (killed before the journal appeared) or
// all new (killed after it), never a mix.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';

/** In the data folder; its presence means "these renames were committed but may not all be done". */
export const JOURNAL_FILE = 'commit-journal.json';

interface Journal {
  /** [temporary, target] pairs, relative to the data folder. */
  renames: [string, string][];
  /** Files the change removes, relative to the data folder. */
  removals?: string[];
}

/** Writes and flushes to disk before the rename makes the file visible. */
export function writeDurably(file: string, text: string | Buffer): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(fd);
}

/**
 * Replaces each `target` (absolute, inside `dataDir`) with its `content` and
 * deletes each of `remove`, all or nothing even if the process dies part-way.
 */
export function replaceFiles(dataDir: string, files: { target: string; content: string | Buffer }[], remove: string[] = []): void {
  const staged = files.map(({ target, content }) => {
    const temp = `${target}.${process.pid}.tmp`;
    writeDurably(temp, content);
    return { temp, target };
  });
  if (staged.length === 1 && remove.length === 0) return renameSync(staged[0].temp, staged[0].target);

  const journal: Journal = {
    renames: staged.map(({ temp, target }) => [relative(dataDir, temp), relative(dataDir, target)]),
    removals: remove.map((file) => relative(dataDir, file)),
  };
  const journalFile = join(dataDir, JOURNAL_FILE);
  writeDurably(`${journalFile}.tmp`, JSON.stringify(journal));
  renameSync(`${journalFile}.tmp`, journalFile);
  finishRenames(dataDir, journal);
  rmSync(journalFile);
}

/**
 * Completes a change a killed process left half-renamed (no-op when there is
 * none). Called before the data folder's files are read.
 */
export function finishInterruptedReplace(dataDir: string): void {
  const journalFile = join(dataDir, JOURNAL_FILE);
  if (!existsSync(journalFile)) return;
  finishRenames(dataDir, JSON.parse(readFileSync(journalFile, 'utf8')) as Journal);
  rmSync(journalFile);
}

/** Renames whatever temporary files are still there (the ones already renamed are gone), then removes. */
function finishRenames(dataDir: string, journal: Journal): void {
  for (const [temp, target] of journal.renames) {
    if (existsSync(join(dataDir, temp))) renameSync(join(dataDir, temp), join(dataDir, target));
  }
  for (const file of journal.removals ?? []) rmSync(join(dataDir, file), { force: true });
}

// The app's API called from inside a page served by `cli serve`, with the
// token the server put into it: for setting up data a test then looks at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './session.js';

export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(async ([m, i]) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="anpham-token"]')?.content ?? '';
    const response = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Anpham-Token': token }, body: JSON.stringify(i) });
    return response.json();
  }, [method, input] as const) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.value as T;
}

/** A publication made from a file in samples/, as an editor would after pasting it in; its id. */
export async function publicationFromSample(page: Page, file: string): Promise<string> {
  const sample = JSON.parse(readFileSync(join(ROOT, 'samples', file), 'utf8')) as { template: string; meta: { title: string } };
  const created = await callApi<{ id: string }>(page, 'publications.create', { templateId: sample.template, title: sample.meta.title });
  await callApi(page, 'publications.save', { id: created.id, publication: sample });
  return created.id;
}

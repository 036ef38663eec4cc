// The papers' methods (contract/papers.ts): a print contract's papers and the
// handover record of distributions, written in the Nghị định 30 layout.
import { papersApi } from '../../contract/papers.js';
import type { DistributionService } from '../distribution/service.js';
import { defineHandlers } from '../define-handlers.js';
import type { RecordsService } from '../records/service.js';
import { handoverPaper } from './handover.js';
import { toGenerated, writeContractPaper, writePaper } from './index.js';

export interface PapersDeps {
  records: RecordsService;
  distribution: DistributionService;
  /** Folder holding fonts/ (the Times-metric font of the papers). */
  appRoot: string;
}

export function papersHandlers({ records, distribution, appRoot }: PapersDeps) {
  return defineHandlers(papersApi, {
    'papers.contract': async ({ contractId, kind, format, number }) =>
      toGenerated(await writeContractPaper({ ...records.contractPaperData(contractId), number }, kind, format, { appRoot })),
    'papers.handover': async ({ distributionIds, format, number }) =>
      toGenerated(await writePaper(handoverPaper({ ...distribution.handoverData(distributionIds), number }), format, { appRoot })),
  });
}

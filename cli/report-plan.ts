// `report plan PLAN_ID -o OUT.(json|xlsx|pdf|docx)`: one plan's report from
// the records in --data — its activities against their targets (done, copies
// handed out at their events), events, media items, allocations and spending
// against its funding (docs/plans.md) — in the format the output's extension
// names. The id is the plan's (`data export` lists them under "plans").
import { extname } from 'node:path';
import { InputError } from '../contract/errors.js';
import { PLAN_REPORT_FORMATS, type PlanReportFormat } from '../contract/plans.js';
import { formatInteger } from '../contract/money.js';
import { createPlansService } from '../services/plans/service.js';
import { editorPublications } from '../services/records/publication-catalogue.js';
import { createRecordsService } from '../services/records/service.js';
import { openConfStore } from '../services/storage/conf-store.js';
import { migrate } from '../services/migrations.js';
import { writeOutput, type CommandContext } from './commands.js';
import { UsageError } from './usage.js';

const SHAPE = 'report plan MÃ_KẾ_HOẠCH -o RA.(json|xlsx|pdf|docx)';

export async function reportPlanCommand(c: CommandContext, args: string[], output: string | undefined): Promise<0> {
  if (args.length !== 1 || !output) throw new UsageError(`lệnh report plan cần: ${SHAPE}`);
  const format = extname(output).slice(1).toLowerCase() as PlanReportFormat;
  if (!PLAN_REPORT_FORMATS.includes(format)) throw new UsageError(`không biết xuất báo cáo kế hoạch ra "${extname(output) || output}"; hãy dùng .json, .xlsx, .pdf hoặc .docx`);

  const store = openConfStore(c.dataDir);
  migrate(store);
  const records = createRecordsService({ dataDir: c.dataDir, store, editorPublications: editorPublications(store), migrate });
  const plans = createPlansService(records.context, c.appRoot);
  if (!records.context.state().plans.some((p) => p.id === args[0])) {
    const known = records.context.state().plans.map((p) => `${p.id} (${p.number})`);
    throw new InputError(`không có kế hoạch mã "${args[0]}"; ${known.length ? `các kế hoạch có: ${known.join(', ')}` : 'chưa có kế hoạch nào'}.`, { field: 'MÃ_KẾ_HOẠCH' });
  }
  const view = plans.get(args[0]);
  writeOutput(output, (await plans.file(args[0], format)).bytes);
  const done = view.activities.reduce((sum, a) => sum + Math.min(a.done, a.target), 0);
  const target = view.activities.reduce((sum, a) => sum + a.target, 0);
  console.log(`Đã ghi ${output}: kế hoạch ${view.plan.number}, ${view.activities.length} hoạt động, đã thực hiện ${formatInteger(done)}/${formatInteger(target)} theo chỉ tiêu, ${formatInteger(view.events.length)} sự kiện.`);
  return 0;
}

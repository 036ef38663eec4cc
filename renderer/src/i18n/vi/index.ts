// Every namespace of the vi UI strings, one file per screen family.
import { common } from './common.js';
import { app } from './app.js';
import { list } from './list.js';
import { editor } from './editor.js';
import { preview } from './preview.js';
import { book } from './book.js';
import { library } from './library.js';
import { approval } from './approval.js';
import { records } from './records.js';
import { distribution } from './distribution.js';
import { plans } from './plans.js';
import { reports } from './reports.js';
import { settings } from './settings.js';
import { exports } from './exports.js';

export const vi = { common, app, list, editor, preview, book, library, approval, records, distribution, plans, reports, settings, exports };

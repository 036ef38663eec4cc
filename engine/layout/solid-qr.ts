// Stage 2, solid pieces: QR codes. A square of the requested size, centred,
// in the text colour, with the four-module quiet zone scanners need kept
// clear around it.
import type { QrNode } from '../document.js';
import { qrModules } from '../qr.js';
import type { TemplateDefinition } from '../template-schema.js';
import type { FlowBlock } from './context.js';
import { colorOf } from './styles.js';
import { mmToPt } from './units.js';

const QUIET_MODULES = 4;

export function qrBlock(node: QrNode, def: TemplateDefinition): FlowBlock {
  const modules = qrModules(node.data);
  const color = colorOf(def, 'text');
  return {
    kind: 'solid',
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    source: node.source,
    render: (frameWidth) => {
      const size = Math.min(mmToPt(node.sizeMm), frameWidth);
      const quiet = (size / modules.length) * QUIET_MODULES;
      return {
        height: size + 2 * quiet,
        items: [{ type: 'qr', x: (frameWidth - size) / 2, y: quiet, size, modules, color, source: node.source }],
      };
    },
  };
}

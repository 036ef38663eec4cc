// QR codes as module matrices (painted as vector squares, sharp at any size).
import QRCode from 'qrcode';

/** Rows of dark (true) and light modules; level M survives a crease or a smudge. */
export function qrModules(data: string): boolean[][] {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c++) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}

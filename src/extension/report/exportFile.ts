import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { CompareReport } from '../../core/types';
import { Slicer } from '../index/slicing';
import { exportPieces } from './exportSliced';

/**
 * Writes the export of `report` to a local file piece by piece, pausing between pieces: memory stays
 * bounded (no whole-report string or buffer, which at 100,000 files runs to hundreds of megabytes and
 * forces long garbage collections). Written to a temporary file renamed at the end, so a cancelled
 * or failed export leaves any earlier file as it was. False when cancelled.
 */
export async function exportToFile(report: CompareReport, fsPath: string, cancelled: () => boolean = () => false, budgetMs?: number): Promise<boolean> {
  const slicer = new Slicer(budgetMs, 'export');
  const tmp = `${fsPath}.${process.pid}.tmp`;
  await slicer.wait(fs.mkdir(dirname(fsPath), { recursive: true })); // as workspace.fs.writeFile: parent folders are created
  const file = await slicer.wait(fs.open(tmp, 'w'));
  let done = false;
  try {
    let batch: string[] = [];
    let size = 0;
    for (const piece of exportPieces(report, fsPath)) {
      batch.push(piece);
      size += piece.length;
      if (size >= 1 << 20) {
        await slicer.wait(file.write(batch.join('')));
        batch = [];
        size = 0;
      }
      await slicer.pause();
      if (cancelled()) return false;
    }
    await slicer.wait(file.write(batch.join('')));
    await slicer.wait(file.close());
    await slicer.wait(fs.rename(tmp, fsPath));
    done = true;
    return true;
  } finally {
    slicer.end();
    if (!done) {
      await file.close().catch(() => undefined);
      await fs.rm(tmp, { force: true });
    }
  }
}

// What a long pipeline run reports (progress.ts). Types only, so the UI's
// contract (electron/exports/export-api.ts) can name them without Node.

/** What the run is doing: reading the publication, laying it out, painting pages, imposing the proof, writing the file. */
export type ProgressStage = 'prepare' | 'layout' | 'paint' | 'impose' | 'write';

export interface Progress {
  stage: ProgressStage;
  /** Pages done in this stage; 0 of 0 when the stage does not count pages. */
  done: number;
  total: number;
}

/** Every command id this extension registers; package.json `contributes.commands` lists the same ids. */
export const CommandIds = {
  markAsDump: 'provenanceLens.markAsDump',
  unmarkAsDump: 'provenanceLens.unmarkAsDump',
  toggleDecorations: 'provenanceLens.toggleDecorations',
  compareWorkspace: 'provenanceLens.compareWorkspace',
  exportComparison: 'provenanceLens.exportComparison',
  openLocation: 'provenanceLens.openLocation',
  refreshViews: 'provenanceLens.refreshViews',
  showPanel: 'provenanceLens.showPanel',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];

/** View ids (package.json `contributes.views`). */
export const ViewIds = {
  container: 'provenanceLens',
  fileClaims: 'provenanceLens.fileClaims',
  claimGroups: 'provenanceLens.claimGroups',
} as const;

/** The language id given to recognised dumps. */
export const DUMP_LANGUAGE = 'article-dump';

/** Arguments of `provenanceLens.openLocation` (also built into hover command links). */
export interface LocationArgs {
  uri: string;
  start: number;
  end: number;
}

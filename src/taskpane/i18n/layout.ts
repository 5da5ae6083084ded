/** UI strings of one area of the pane, English and Danish. The Model tab's summary, sections and draft. */
export const en = {
  summary: 'Summary',
  summaryBreakEven: 'Break-even',
  summaryNever: 'not within',
  summaryYears: 'yrs',
  summaryStale: 'Last valid inputs',
  unsavedDraft: 'Unsaved edits (kept as a draft)',
  resultsDetail: 'Results in detail',
  renameLabel: 'New name for the chosen scenario',
};

export const da: Record<keyof typeof en, string> = {
  summary: 'Overblik',
  summaryBreakEven: 'Break-even',
  summaryNever: 'ikke inden for',
  summaryYears: 'år',
  summaryStale: 'Seneste gyldige input',
  unsavedDraft: 'Ikke gemte ændringer (gemt som kladde)',
  resultsDetail: 'Resultater i detaljer',
  renameLabel: 'Nyt navn til det valgte scenarie',
};

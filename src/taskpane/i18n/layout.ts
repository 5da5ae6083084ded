/** UI strings of one area of the pane, English and Danish. The Model tab's summary, sections and draft. */
export const en = {
  summary: 'Summary',
  summaryBreakEven: 'Break-even',
  summaryNever: 'not within',
  summaryHorizon: 'Net value over {H} years ({from}-{to}).',
  summaryStale: 'Last valid inputs',
  unsavedDraft: 'Unsaved edits (kept as a draft)',
  resultsDetail: 'Results in detail',
  renameLabel: 'New name for the chosen scenario',
  tornadoLowKey: 'the parameter 10 % lower',
  tornadoHighKey: 'the parameter 10 % higher',
};

export const da: Record<keyof typeof en, string> = {
  summary: 'Overblik',
  summaryBreakEven: 'Break-even',
  summaryNever: 'ikke inden for',
  summaryHorizon: 'Nettoværdi over {H} år ({from}-{to}).',
  summaryStale: 'Seneste gyldige input',
  unsavedDraft: 'Ikke gemte ændringer (gemt som kladde)',
  resultsDetail: 'Resultater i detaljer',
  renameLabel: 'Nyt navn til det valgte scenarie',
  tornadoLowKey: 'parameteren 10 % lavere',
  tornadoHighKey: 'parameteren 10 % højere',
};

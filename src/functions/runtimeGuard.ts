// The task pane loads the functions bundle too (shared runtime). Opened as a plain web page, outside
// Excel, there is no CustomFunctions runtime; the appended associate calls must not break the page.
// Imported first by every file of custom functions, since imports run before a module's own body.
if (typeof CustomFunctions === 'undefined') {
  (globalThis as any).CustomFunctions = { associate: () => undefined };
}
export {};

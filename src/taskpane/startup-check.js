/*
 * Runs before the bundles, in ES5 on purpose: old Office versions show add-ins in Internet Explorer
 * or the old Edge, which cannot run the workbench's code (built for browsers from 2020 on) and would
 * otherwise leave the pane blank. Also says so if the workbench has not started after a while for
 * any other reason. A separate file, because the page's Content-Security-Policy allows no inline script.
 */
(function () {
  var DA = /^da\b/i.test(navigator.language || navigator.userLanguage || '');
  var TEXT = {
    old: DA
      ? 'DSI-værktøjet kan ikke køre i denne version af Office: den viser tilføjelsesprogrammer i en gammel browsermotor (Internet Explorer eller den gamle Edge). Brug Excel på nettet eller Microsoft 365 / Office 2021 eller nyere (med Microsoft Edge WebView2). DSI-funktionerne i cellerne kræver det samme.'
      : 'The DSI workbench cannot run in this version of Office: it shows add-ins in an old browser engine (Internet Explorer or the old Edge). Use Excel on the web, or Microsoft 365 / Office 2021 or later (with Microsoft Edge WebView2). The DSI functions in cells need the same.',
    stuck: DA
      ? 'DSI-værktøjet er ikke startet. Luk og åbn opgaveruden igen; hvis det ikke hjælper, kan siden eller dens filer ikke hentes fra serveren (spørg den, der har installeret tilføjelsesprogrammet).'
      : 'The DSI workbench has not started. Close and reopen the task pane; if that does not help, the page or its files cannot be fetched from the server (ask whoever installed the add-in).'
  };

  function modern() {
    try {
      return typeof Promise !== 'undefined' && typeof Promise.allSettled === 'function' &&
        typeof Object.fromEntries === 'function' && typeof String.prototype.matchAll === 'function' &&
        typeof globalThis !== 'undefined';
    } catch (e) {
      return false;
    }
  }

  function show(message) {
    var app = document.getElementById('app');
    if (!app) return;
    while (app.firstChild) app.removeChild(app.firstChild);
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.setAttribute('id', 'startup-problem');
    p.appendChild(document.createTextNode(message));
    app.appendChild(p);
  }

  if (!modern()) {
    show(TEXT.old);
    return;
  }
  // taskpane.js marks #app as soon as it runs; it then says itself when it waits for Excel.
  setTimeout(function () {
    var app = document.getElementById('app');
    if (app && !app.getAttribute('data-started')) show(TEXT.stuck);
  }, 20000);
})();

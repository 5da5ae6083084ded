import { run, caseModel, CALIBRATION_CAVEAT } from '../model';

function show(): void {
  const r = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
  const app = document.getElementById('app')!;
  const p = document.createElement('p');
  p.textContent = `Holbæk IPS: municipality break-even year ${r.actors.kommune.breakEvenYear}; 6-year total DKK ${Math.round(r.actors.total.presentValue).toLocaleString('en-US')}.`;
  const note = document.createElement('p');
  note.textContent = CALIBRATION_CAVEAT.en;
  app.append(p, note);
  document.getElementById('status')!.remove();
}

Office.onReady(() => show());

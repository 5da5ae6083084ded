/** Percentages and the decimal-comma hint on the command line. */
import { dsi, dsiJson, expectBadInput, holbaekS, HOLBAEK_EFFECT } from './helpers';

const base = ['case', '--preset', 'holbaek-ips'];

describe('--set in the user notation', () => {
  it('successRate=37% equals successRate=0.37', () => {
    const pct = dsiJson([...base, '--set', 'successRate=37%', '--json']);
    expect(pct).toEqual(dsiJson([...base, '--set', 'successRate=0.37', '--json']));
    expect(pct.netSuccesses).toBeCloseTo(holbaekS(0.37), 9); // 162 x 0.13 = 21.06
  });

  it('37 % with a space, and percentages in a vector', () => {
    expect(dsiJson([...base, '--set', 'successRate=37 %', '--json']).netSuccesses).toBeCloseTo(21.06, 9);
    const j = dsiJson([...base, '--set', 'effectRamp=50%,100%', '--set', 'costProfile=60%,40%', '--json']);
    expect(j.effect[0]).toBe(HOLBAEK_EFFECT[0]);
    expect(j).toEqual(dsiJson([...base, '--json']));
  });

  it('participants=50% stays an error that says why', () => {
    expectBadInput(dsi([...base, '--set', 'participants=50%']), "participants is in people, not a share or a rate, so it cannot be written with % (got '50%')");
  });

  it('0,4 gets the hint to write 0.4, in English and in Danish', () => {
    expectBadInput(dsi([...base, '--set', 'successRate=0,4']), "successRate must be a number, not text (got '0,4'); write 0.4");
  });
});

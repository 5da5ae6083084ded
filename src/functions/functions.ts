/* Custom functions: thin adapters from Excel cells to the model. */
import { run, caseModel, ACTORS_AND_TOTAL, ActorOrTotal, isDomainError, NotAvailableError } from '../model';

function toExcelError(e: unknown): CustomFunctions.Error {
  if (isDomainError(e)) {
    const code = e.kind === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, e.message);
  }
  throw e;
}

/**
 * Break-even year (1..H) of an actor for a preset.
 * @customfunction
 * @param preset Preset name, e.g. "holbaek-ips".
 * @param [actor] kommune (default), region, stat or total.
 * @returns Break-even year, counted from 1.
 */
export function BREAKEVEN(preset: string, actor?: string | null): number {
  try {
    const a = (actor ?? 'kommune').toLowerCase() as ActorOrTotal;
    if (!ACTORS_AND_TOTAL.includes(a)) throw new Error(`actor must be one of ${ACTORS_AND_TOTAL.join(', ')}`);
    const r = run(caseModel, [{ preset }]).result.actors[a];
    if (r.breakEvenYear === null) throw new NotAvailableError(`${a} does not break even within the ${r.cumulative.length}-year horizon`);
    return r.breakEvenYear;
  } catch (e) {
    throw toExcelError(e);
  }
}

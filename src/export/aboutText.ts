/** The About sheet's text, per model, in English and Danish: what the model computes, in words and formulas. */
import type { Text } from '../model';

export type AboutKind = 'case' | 'fund' | 'contract' | 'outcomeFund';

export const TITLE: Record<AboutKind, Text> = {
  case: { en: 'DSI add-in: case model workbook', da: 'DSI-tilføjelsesprogram: casemodel' },
  fund: { en: 'DSI add-in: fund model workbook', da: 'DSI-tilføjelsesprogram: fondsmodel' },
  contract: { en: 'DSI add-in: outcome contract workbook', da: 'DSI-tilføjelsesprogram: resultatkontrakt' },
  outcomeFund: { en: 'DSI add-in: fund with repayments from an outcome contract', da: 'DSI-tilføjelsesprogram: fond med tilbagebetalinger fra en resultatkontrakt' },
};

const CASE: Text[] = [
  {
    en: "One intervention's gains and costs for each public actor - the municipality (kommune), the region and the state (stat) - year by year over the horizon. A net success is a participant in work because of the intervention: those who would have found work anyway (the baseline) and those who drop out are not counted.",
    da: 'En indsats’ gevinster og udgifter for hver offentlig aktør - kommunen, regionen og staten - år for år over horisonten. En nettosucces er en deltager, der er i job på grund af indsatsen: de, der ville have fået job alligevel (basisniveauet), og de, der falder fra, tælles ikke med.',
  },
  { en: 'Net successes: S = participants x (1 - dropoutRate) x (successRate - baselineRate).', da: 'Nettosucceser: S = participants x (1 - dropoutRate) x (successRate - baselineRate).' },
  { en: 'Effect in year t: e_t = effectRamp value t while the effect builds up (t <= m, the ramp has m values), then e_m x persistence^(t - m).', da: 'Effekt i år t: e_t = effectRamp-værdi t, mens effekten bygges op (t <= m, opbygningen har m værdier), derefter e_m x persistence^(t - m).' },
  { en: 'Gains of actor a in year t: S x e_t x gain_a (the public gain per net success per year at full effect).', da: 'Gevinster for aktør a i år t: S x e_t x gain_a (den offentlige gevinst pr. nettosucces pr. år ved fuld effekt).' },
  { en: 'Costs of actor a in year t: C x c_t x costShare_a, where C is the total cost and c_t the cost profile (0 after it ends).', da: 'Udgifter for aktør a i år t: C x c_t x costShare_a, hvor C er den samlede udgift og c_t udgiftsprofilen (0 efter den slutter).' },
  { en: 'Net = gains - costs. Discount factor DF_t = (1 + discountRate)^-(t - 1): year 1 is not discounted.', da: 'Netto = gevinster - udgifter. Diskonteringsfaktor DF_t = (1 + discountRate)^-(t - 1): år 1 diskonteres ikke.' },
  { en: 'Cumulative discounted net CN_t = the sum of net x DF up to year t. Present value = CN in the last year.', da: 'Akkumuleret diskonteret netto CN_t = summen af netto x DF til og med år t. Nutidsværdi = CN i sidste år.' },
  { en: 'Break-even year: the first year from which CN stays at or above 0 through the horizon (#N/A: CN ends below 0, not within the horizon).', da: 'Break-even-år: det første år, hvorfra CN forbliver på eller over 0 til horisonten (#N/A: CN ender under 0, ikke inden for horisonten).' },
  { en: 'Benefit-cost ratio = discounted gains / discounted costs (#N/A when the actor bears no cost).', da: 'Gevinst-udgiftsforhold = diskonterede gevinster / diskonterede udgifter (#N/A, når aktøren ingen udgifter har).' },
];

const FUND: Text[] = [
  {
    en: 'A revolving fund: it invests initialCapital in year 1; each investment (a vintage) is repaid in equal instalments, and the fund reinvests a share of what comes back in new interventions.',
    da: 'En revolverende fond: den investerer initialCapital i år 1; hver investering (en årgang) tilbagebetales i lige store afdrag, og fonden geninvesterer en andel af det, der kommer tilbage, i nye indsatser.',
  },
  { en: 'Instalment per DKK invested = repaymentMultiple / repaymentYears, paid in the years L .. L + n - 1 after the investment (L = repaymentLag, n = repaymentYears).', da: 'Afdrag pr. investeret krone = repaymentMultiple / repaymentYears, betalt i årene L .. L + n - 1 efter investeringen (L = repaymentLag, n = repaymentYears).' },
  { en: 'Repayments R_t = instalment x the sum of the investments made L .. L + n - 1 years earlier. Invested: I_1 = initialCapital, I_t = reinvestShare x R_t.', da: 'Tilbagebetalinger R_t = afdrag x summen af investeringerne foretaget L .. L + n - 1 år tidligere. Investeret: I_1 = initialCapital, I_t = reinvestShare x R_t.' },
  { en: 'People helped P_t = I_t / costPerParticipant; employed = successRate x cumulative people helped; partnerships = total invested / averageInvestment.', da: 'Hjulpne personer P_t = I_t / costPerParticipant; i job = successRate x akkumulerede hjulpne; partnerskaber = samlet investeret / averageInvestment.' },
  { en: 'Kept cash = the repayments not reinvested; outstanding = the instalments of I_1 .. I_H that fall due after the horizon.', da: 'Beholdt kontant = tilbagebetalinger, der ikke geninvesteres; udestående = afdrag på I_1 .. I_H, der forfalder efter horisonten.' },
  { en: "Vintage IRR: the investor's internal rate of return of one vintage (-1 in year 0, the instalments after it), computed with Excel's IRR (#N/A when none exists).", da: 'Årgangens interne rente: investors interne rente for én årgang (-1 i år 0, afdragene derefter), beregnet med Excels IA/IRR (#N/A, når den ikke findes).' },
];

const CONTRACT: Text[] = [
  {
    en: 'An outcome contract on the case: the investor pays the intervention, and the public side pays the investor an outcome price per net success-year in a payment window, with an optional cap, split between the payers. Gains and net successes are as in the case model.',
    da: 'En resultatkontrakt på casen: investor betaler indsatsen, og det offentlige betaler investor en resultatpris pr. nettosucces-år i et betalingsvindue, eventuelt med et loft, fordelt mellem betalerne. Gevinster og nettosucceser er som i casemodellen.',
  },
  CASE[1],
  CASE[2],
  { en: 'Payment in year t, inside the window paymentStart .. paymentStart + paymentYears - 1: Pay_t = MIN(outcomePrice x S x e_t, paymentCap - payments already made), never below 0; 0 outside the window. No cap when paymentCap is empty.', da: 'Betaling i år t, inden for vinduet paymentStart .. paymentStart + paymentYears - 1: Pay_t = MIN(outcomePrice x S x e_t, paymentCap - allerede betalt), aldrig under 0; 0 uden for vinduet. Intet loft, når paymentCap er tom.' },
  { en: "Investor: cash flow -C x c_t + Pay_t; multiple = total payments / C; IRR of the yearly cash flows with Excel's IRR (#N/A when none exists); present value and break-even as for an actor.", da: 'Investor: pengestrøm -C x c_t + Pay_t; faktor = samlede betalinger / C; intern rente af de årlige pengestrømme med Excels IA/IRR (#N/A, når den ikke findes); nutidsværdi og break-even som for en aktør.' },
  { en: "Public actor a under the contract: the case's gains, costs = payerShare_a x Pay_t. The same actors without the contract (they pay the intervention) follow for comparison.", da: 'Offentlig aktør a under kontrakten: casens gevinster, udgifter = payerShare_a x Pay_t. De samme aktører uden kontrakten (de betaler indsatsen) følger til sammenligning.' },
  CASE[5],
  CASE[6],
  CASE[7],
];

const OUTCOME_FUND: Text[] = [
  FUND[0],
  { en: 'Instead of a fixed multiple, a vintage invested in year s receives in year s + k - 1 the share q_k of its size (the repayment shares on the Inputs sheet, computed from the reference contract: its payment in year k / its cost).', da: 'I stedet for en fast faktor modtager en årgang investeret i år s i år s + k - 1 andelen q_k af sin størrelse (tilbagebetalingsandelene på Input-arket, beregnet fra referencekontrakten: dens betaling i år k / dens udgift).' },
  { en: 'Repayments R_t = the sum over earlier vintages s of I_s x q_(t - s + 1), plus the share q_1 of this year\'s own investment; invested I_1 = initialCapital, I_t = reinvestShare x R_t.', da: 'Tilbagebetalinger R_t = summen over tidligere årgange s af I_s x q_(t - s + 1) plus andelen q_1 af årets egen investering; investeret I_1 = initialCapital, I_t = reinvestShare x R_t.' },
  FUND[3],
  FUND[4],
  { en: "Vintage IRR: Excel's IRR of one vintage's cash flow q_1 - 1, q_2, q_3, ... (#N/A when none exists).", da: 'Årgangens interne rente: Excels IA/IRR af én årgangs pengestrøm q_1 - 1, q_2, q_3, ... (#N/A, når den ikke findes).' },
];

export const COMPUTES: Record<AboutKind, Text[]> = { case: CASE, fund: FUND, contract: CONTRACT, outcomeFund: OUTCOME_FUND };

export const HOW_TO: Text[] = [
  {
    en: 'Type new values in the value cells of the Inputs sheet (the Value column and the cells to its right for a row of values). Each value cell accepts only what its rule allows and shows the rule and unit when selected.',
    da: 'Skriv nye værdier i værdicellerne på arket Input (kolonnen Værdi og cellerne til højre for den for en række af værdier). Hver værdicelle tager kun imod det, dens regel tillader, og viser reglen og enheden, når den er markeret.',
  },
  {
    en: 'The workbook recalculates by itself. If calculation is set to manual: in Excel, Formulas > Calculate Now (F9); in LibreOffice, Data > Calculate > Recalculate.',
    da: 'Projektmappen regner selv igen. Hvis beregning er sat til manuel: i Excel Formler > Beregn nu (F9); i LibreOffice Data > Beregn > Genberegn.',
  },
  {
    en: 'Validation does not stop a value pasted over a cell. Every rule is therefore also checked by formula below the input table: while any rule is broken, the check shows BROKEN, a message names the rule, and the Results and the key Model figures show #N/A.',
    da: 'Validering stopper ikke en værdi, der indsættes over en celle. Hver regel kontrolleres derfor også med formler under inputtabellen: så længe en regel er brudt, viser kontrollen BRUDT, en meddelelse nævner reglen, og resultaterne og modellens nøgletal viser #N/A.',
  },
  {
    en: 'The Model sheet has one column per year of the horizon, and a row of values (a profile, a ramp, a discount schedule) has the length it was exported with: to change the horizon or such a length, export the workbook again from the add-in.',
    da: 'Modelarket har én kolonne pr. år i horisonten, og en række af værdier (en profil, en opbygning, et diskonteringsskema) har den længde, den blev eksporteret med: for at ændre horisonten eller en sådan længde skal projektmappen eksporteres igen fra tilføjelsesprogrammet.',
  },
  {
    en: 'Every parameter and every main row of the Model sheet has a defined name (for example successRate or presentValueTotal) that can be used in your own formulas.',
    da: 'Hver parameter og hver hovedrække på modelarket har et navn (for eksempel successRate eller presentValueTotal), som kan bruges i egne formler.',
  },
];

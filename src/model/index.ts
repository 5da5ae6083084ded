export * from './errors';
export * from './fields';
export * from './case';
export * from './fund';
export * from './irr';
export * from './discount';
export * from './presets';
export * from './models';
export * from './table';
export * from './suggest';
export * from './docs';
// Analytics (MODEL.md sections 4-6)
export * from './contract';
export * from './contractAnalysis';
export * from './outcomeFund';
export * from './random';
export * from './distributions';
export * from './defaultDistributions';
export * from './montecarlo';
export * from './sensitivity';
export * from './discountSchedules';
// Budget lines (MODEL.md section 8)
export * from './staircase';
export * from './priceList';
export * from './budgetLineInput';
export * from './budgetLines';
export * from './budgetLineTable';
export * from './consequenceUnits';

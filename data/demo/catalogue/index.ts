import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { etradeReadinessAssessments } from './etrade-readiness-assessments.js';
import { financingItems } from './financing.js';
import { ictItems } from './ict.js';
import { legalItems } from './legal.js';
import { logisticsItems } from './logistics.js';
import { paymentItems } from './payments.js';
import { readinessItems } from './readiness.js';
import { report2017Items } from './report-2017.js';
import { skillsItems } from './skills.js';

/**
 * The demo catalogue: real, publicly documented programmes, tools, courses, funds, guides, model laws
 * and studies of real organisations, in our own words, one file per subject. Each file says where its
 * facts come from; links go to the official page (the organisation's site where a deep link was not sure).
 */
export const demoCatalogue: ItemSeed[] = [
  ...report2017Items,
  ...paymentItems,
  ...financingItems,
  ...ictItems,
  ...logisticsItems,
  ...legalItems,
  ...skillsItems,
  ...readinessItems,
  ...etradeReadinessAssessments,
];

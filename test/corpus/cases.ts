// The whole corpus: every messy workbook, one small entry each (see spec.ts for the vocabulary).
import type { CorpusCase } from "./spec";
import { valueCases } from "./cases-values";
import { layoutCases } from "./cases-layout";
import { textCases } from "./cases-text";
import { storedCases } from "./cases-stored";
import { realCases } from "./cases-real";
import { protectionCases } from "./cases-protection";
import { limitCases } from "./cases-limits";

export const corpusCases: CorpusCase[] = [...valueCases, ...layoutCases, ...textCases, ...storedCases, ...limitCases, ...realCases, ...protectionCases];

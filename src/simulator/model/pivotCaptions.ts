// The captions Excel itself puts on a compact PivotTable, in the language of the Excel showing it: the row
// header, the grand total row and the data fields' header. No Office.js call sets them (writing the cells
// conflicts with the PivotTable), so a workbook shows the words of the Excel it was last refreshed in.
export interface PivotCaptions {
  rowHeader: string;
  grandTotal: string;
  values: string;
}

const CAPTIONS: Record<string, PivotCaptions> = {
  en: { rowHeader: "Row Labels", grandTotal: "Grand Total", values: "Values" },
  nl: { rowHeader: "Rijlabels", grandTotal: "Eindtotaal", values: "Waarden" },
  de: { rowHeader: "Zeilenbeschriftungen", grandTotal: "Gesamtergebnis", values: "Werte" },
  hu: { rowHeader: "Sorcímkék", grandTotal: "Végösszeg", values: "Értékek" },
};

/** Captions for an Excel display language ("nl", "de-DE"); English for one not modelled. */
export function pivotCaptions(language: string): PivotCaptions {
  return CAPTIONS[language.slice(0, 2).toLowerCase()] ?? CAPTIONS.en;
}

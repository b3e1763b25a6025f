import type { ColumnPlacement } from "../../excel";
import type { Translate } from "../i18n";

/** Where the rating columns went, and why there when they are not right beside the list. */
export function placementSentences(placement: ColumnPlacement, t: Translate): string[] {
  const { sheet, firstColumn: first, lastColumn: last, headerRow: row, pushedBy } = placement;
  const sentences = [t("outcome.written", { first, last, sheet, row })];
  if (pushedBy?.holds === "value") sentences.push(t("outcome.pushedByValue", { first, cell: pushedBy.address }));
  if (pushedBy?.holds === "format") sentences.push(t("outcome.pushedByFormat", { first, column: pushedBy.address.split(":")[0] }));
  if (placement.selected) sentences.push(t("outcome.selected", { first }));
  return sentences;
}

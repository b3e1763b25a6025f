// The portrait's score history reads the rating history sheet, with its words in every language: fetched when a
// rated client is first selected, not with the panel.
import type { readClientHistory as read } from "../../excel/historySheet";

export const readClientHistory: typeof read = async (...args) => {
  const { readClientHistory } = await import(/* webpackChunkName: "client-history" */ "../../excel/historySheet");
  return readClientHistory(...args);
};

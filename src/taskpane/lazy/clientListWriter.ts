// "Make a client list from order lines": read and written only when the user asks, so fetched then.
export function loadClientListWriter(): Promise<typeof import("../../excel/clientList")> {
  return import(/* webpackChunkName: "client-list" */ "../../excel/clientList");
}

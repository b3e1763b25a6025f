// The bytes Office.js's own request envelope adds to a batch, derived from its serializer
// (@microsoft/office-js 1.1.110, dist/excel-web-16.00.debug.js: ClientRequestBase.buildRequestMessageBodyAndRequestFlags,
// CommonActionFactory.createSetPropertyAction / createQueryAction, createMethodObjectPath). A batch is sent as
//   {"AutoKeepReference":false,"Actions":[...],"ObjectPaths":{"<id>":{...},...}}
// with per action {"Id","ActionType","Name","ObjectPathId","ArgumentInfo":{"Arguments":[...]}} and per object path
// {"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo":{"Arguments":[...]}}. The simulator counts each
// operation's own payload (names and arguments); this adds the keys and ids around it, for one action and one object
// path per operation (a range per write, as the add-in makes them) with five-digit ids: on the safe side, since
// proxies shared by several operations send their path once.
const ID = 99_999;

const BODY = JSON.stringify({ AutoKeepReference: false, Actions: [], ObjectPaths: {} }).length;
const ACTION = JSON.stringify({ Id: ID, ActionType: 4, Name: "", ObjectPathId: ID, ArgumentInfo: { Arguments: [] } }).length + 1;
const OBJECT_PATH =
  JSON.stringify({ [ID]: { Id: ID, ObjectPathType: 3, Name: "getRangeByIndexes", ParentObjectPathId: ID, ArgumentInfo: { Arguments: [1_048_575, 16_383, 1_048_576, 16_384] } } })
    .length - 2 + 1;

/** Envelope bytes of a request carrying `operations` operations. */
export function envelopeBytes(operations: number): number {
  return BODY + operations * (ACTION + OBJECT_PATH);
}

export const ENVELOPE_PER_OPERATION = ACTION + OBJECT_PATH;

// Errors shaped like OfficeExtension.Error ("RichApi.Error") so code catching Excel's errors
// sees the same `code`, `message` and `debugInfo` fields.
// Messages are Excel's own, as reported in https://github.com/OfficeDev/office-js/issues/1025 and /1561.

export type SimErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidOperationInCellEditMode"
  | "OperationCellsExceedLimit"
  | "AccessDenied"
  | "GeneralException"
  | "InvalidOperation"
  | "InvalidReference"
  | "ValueNotLoaded"
  | "ApiNotFound"
  | "InvalidRequestContext"
  | "InvalidObjectPath";

const defaultMessages: Record<SimErrorCode, string> = {
  PropertyNotLoaded:
    "The property is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  OperationCellsExceedLimit: "The attempted operation affects more than the limit of 33554000 cells.",
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
};

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class SimError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: SimErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? defaultMessages[code];
    super(text);
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
  }

  withLocation(errorLocation: string, statement?: string): SimError {
    if (!this.debugInfo.errorLocation) this.debugInfo.errorLocation = errorLocation;
    if (statement) this.debugInfo.statement = statement;
    return this;
  }
}

export const invalidArgument = (location: string, message?: string): SimError =>
  new SimError("InvalidArgument", message, location);

export const shapeMismatch = (location: string): SimError =>
  new SimError(
    "InvalidArgument",
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    location,
  );

export const propertyNotLoaded = (typeName: string, property: string): SimError =>
  new SimError("PropertyNotLoaded", undefined, `${typeName}.${property}`);

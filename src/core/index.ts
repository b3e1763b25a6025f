// The rating model's public surface.
export * from "./types";
export * from "./errors";
export * from "./profile";
export * from "./values";
export * from "./headers";
export * from "./scoring";
export * from "./grading";
export * from "./pareto";
export * from "./reasons";
export * from "./labels";
export * from "./language";
export * from "./defaultProfile";
export * from "./rate";
export * from "./decisionLabels";
export * from "./nextStep";
export * from "./troublesome";
export * from "./contributions";

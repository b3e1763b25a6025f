export { SimPivotTableCollection } from "./pivotTables";

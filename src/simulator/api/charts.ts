export { SimChartCollection } from "./chartCollection";

// Least squares with every coefficient at least 0, for a handful of columns: the starting point of
// suggestWeights.ts (weights that best explain the outcome's ranks from the criterion scores).

const SWEEPS = 500;
const TOLERANCE = 1e-12;

/**
 * Coefficients w >= 0 minimising |X w - y|^2 after centring X's columns and y (an intercept absorbs the
 * means), for X given row-major as `rows` x `columns`. A column that does not vary gets 0.
 * Cyclic coordinate descent on the normal equations: exact for the few columns a profile has.
 */
export function nonNegativeLeastSquares(x: Float64Array, y: Float64Array, columns: number): Float64Array {
  const rows = y.length;
  const means = new Float64Array(columns);
  let meanY = 0;
  for (let r = 0; r < rows; r++) {
    meanY += y[r];
    for (let j = 0; j < columns; j++) means[j] += x[r * columns + j];
  }
  if (rows > 0) {
    meanY /= rows;
    for (let j = 0; j < columns; j++) means[j] /= rows;
  }
  const gram = new Float64Array(columns * columns);
  const moment = new Float64Array(columns);
  const centred = new Float64Array(columns);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < columns; j++) centred[j] = x[r * columns + j] - means[j];
    const dy = y[r] - meanY;
    for (let j = 0; j < columns; j++) {
      moment[j] += centred[j] * dy;
      for (let k = j; k < columns; k++) gram[j * columns + k] += centred[j] * centred[k];
    }
  }
  for (let j = 0; j < columns; j++) for (let k = 0; k < j; k++) gram[j * columns + k] = gram[k * columns + j];

  const w = new Float64Array(columns);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let largestStep = 0;
    for (let j = 0; j < columns; j++) {
      const diagonal = gram[j * columns + j];
      if (!(diagonal > 0)) continue;
      let fitted = 0;
      for (let k = 0; k < columns; k++) fitted += gram[j * columns + k] * w[k];
      const next = Math.max(0, w[j] + (moment[j] - fitted) / diagonal);
      largestStep = Math.max(largestStep, Math.abs(next - w[j]) * Math.sqrt(diagonal));
      w[j] = next;
    }
    if (largestStep <= TOLERANCE * Math.max(1, Math.sqrt(rows))) break;
  }
  return w;
}

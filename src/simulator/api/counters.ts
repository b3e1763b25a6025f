// What a test or benchmark can read after a run: round trips, payload sizes, proxies.
export interface SimCounters {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** operations queued in each sync (loads, writes, method calls), in sync order */
  operations: number[];
  proxiesCreated: number;
  /** calls of application.suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync applied */
  suspendApiCalculation: number;
  suspendScreenUpdating: number;
  reset(): void;
}

export function createCounters(): SimCounters {
  return {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    operations: [],
    proxiesCreated: 0,
    suspendApiCalculation: 0,
    suspendScreenUpdating: 0,
    reset() {
      this.suspendApiCalculation = 0;
      this.suspendScreenUpdating = 0;
      this.syncs = 0;
      this.requestBytes = [];
      this.responseBytes = [];
      this.operations = [];
      this.proxiesCreated = 0;
    },
  };
}

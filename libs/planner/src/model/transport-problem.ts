/**
 * A linear program in the shape LP solvers take: minimise colCost·x subject to
 * rowLower ≤ A x ≤ rowUpper and colLower ≤ x ≤ colUpper, with A in compressed sparse column form.
 * Infinite bounds are written as ±Infinity.
 */
export interface TransportProblem {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSC: column j's entries are starts[j] .. starts[j + 1] − 1 of indices (rows) and values. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface SolverIdentity {
  name: string;
  version: string;
}

export interface TransportSolution {
  /** One value per column. */
  colValue: Float64Array;
  objective: number;
  solver: SolverIdentity;
}

/** Solves a transport problem exactly; an adapter runs it off the event loop. */
export interface TransportSolver {
  solve(problem: TransportProblem): Promise<TransportSolution>;
  identity(): Promise<SolverIdentity>;
}

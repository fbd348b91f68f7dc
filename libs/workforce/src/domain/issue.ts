/** A rule violation found in reference data: `code` is stable, `message` is English for people. */
export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

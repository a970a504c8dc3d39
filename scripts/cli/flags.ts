/** Flags every `npm run cis` command accepts. */
export interface Flags {
  /** A throwaway in-memory database (for trying things out). */
  memory: boolean;
}

import type { AnalyzeResult } from '../../core/index';

/** One analysed file, as the reporters see it. `path` is exactly as given on the command line (or "-"). */
export interface FileReport {
  path: string;
  result: AnalyzeResult;
}

export interface ReporterContext {
  color: boolean;
  /** Current working directory, for SARIF URIs. */
  cwd: string;
  version: string;
}

export type Reporter = (files: FileReport[], ctx: ReporterContext) => string;

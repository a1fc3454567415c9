/** Run the CLI in-process, capturing stdout, stderr and the exit code. */
import { main, type Io } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { stdin?: string; stdinLines?: () => AsyncIterable<string>; cwd?: string; stderrIsTTY?: boolean; onStdout?: (s: string) => void } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => {
      stdout += s;
      options.onStdout?.(s);
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: async () => options.stdin ?? '',
    stdinLines: options.stdinLines,
    isTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    // Config lookup from a directory with no config above it, unless a test says otherwise.
    cwd: options.cwd ?? '/',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

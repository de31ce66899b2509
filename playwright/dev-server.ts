/** Starts `wasmlit run` as a user would, and stops it. */
import { spawn, type ChildProcess } from "node:child_process";
import { PYODIDE_DIRS, WASMLIT } from "./harness.ts";

export interface DevServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Run `wasmlit run <script> [...extra]` on a free port and resolve with the URL it prints. */
export async function startDevServer(script: string, extra: readonly string[] = []): Promise<DevServer> {
  const child = spawn(
    WASMLIT,
    ["run", script, "--port", "0", "--no-browser", "--pyodide-dir", PYODIDE_DIRS["0.27.7"], ...extra],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/(127\.0\.0\.1|localhost):\d+\/?/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`wasmlit run exited ${code}:\n${output}`)));
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

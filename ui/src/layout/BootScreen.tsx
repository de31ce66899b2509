/** The loading screen (boot stages) and the boot error screen. */
import type { BootInfo, FatalError } from "../app/state";

const STAGE_NAMES: Record<string, string> = {
  runtime: "Loading Python",
  files: "Loading app files",
  packages: "Installing packages",
  core: "Loading wasmlit",
  session: "Starting the app",
  protocol: "Connecting",
};

export function BootScreen({ boot }: { boot: BootInfo }) {
  const percent = Math.round(Math.min(1, Math.max(0, boot.progress)) * 100);
  return (
    <div data-testid="wasmlitBootScreen" class="boot-screen" role="status" aria-live="polite">
      <div class="boot-card">
        <span class="spinner-icon" aria-hidden="true" />
        <div class="boot-text">
          <div data-testid="wasmlitBootStage" class="boot-stage">
            {boot.stage ? STAGE_NAMES[boot.stage] ?? boot.stage : "Starting"}
          </div>
          <div data-testid="wasmlitBootMessage" class="boot-message">
            {boot.message}
          </div>
        </div>
      </div>
      <div
        role="progressbar"
        class="progress-track boot-progress"
        aria-label="Loading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

export function BootError({ error }: { error: FatalError }) {
  return (
    <div data-testid="wasmlitBootError" class="boot-error" role="alert">
      <div class="stAlertContainer alert-error">
        <div class="boot-error-title">
          <strong>The app could not start</strong>
          <span class="boot-error-stage"> (stage: {STAGE_NAMES[error.stage] ?? error.stage})</span>
        </div>
        <div data-testid="wasmlitBootErrorMessage" class="boot-error-message">
          {error.message}
        </div>
        {error.detail ? (
          <details class="boot-error-detail" open>
            <summary>Details</summary>
            <pre>{error.detail}</pre>
          </details>
        ) : null}
      </div>
    </div>
  );
}

/** Protocol problems (unknown or malformed messages), never silently dropped. */
export function ProtocolProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div data-testid="wasmlitProtocolErrors" class="stAlertContainer alert-warning protocol-errors" role="alert">
      <strong>The app worker sent messages this UI could not use:</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

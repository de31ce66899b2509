/** The "Running..." indicator with a Stop button while a run is in progress. */
export function StatusWidget({ running, onStop }: { running: boolean; onStop: () => void }) {
  if (!running) return null;
  return (
    <div data-testid="stStatusWidget" class="stStatusWidget" role="status">
      <span class="status-icon" aria-hidden="true" />
      <span class="status-text">Running...</span>
      <button type="button" class="status-stop" data-testid="stStatusWidgetStopButton" onClick={onStop}>
        Stop
      </button>
    </div>
  );
}

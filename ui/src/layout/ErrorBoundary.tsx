/** Contains a renderer's crash to its own slot instead of blanking the app. */
import { Component, type ComponentChildren } from "preact";

type Props = { label: string; children: ComponentChildren };
type State = { error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <SlotError title={`Could not render ${this.props.label}`} errors={[this.state.error.message]} />;
  }
}

/** An error box in one element's slot (bad delta, renderer crash). */
export function SlotError({ title, errors }: { title: string; errors: readonly string[] }) {
  return (
    <div data-testid="stAlert" class="stAlert wasmlit-slot-error">
      <div role="alert" data-testid="stAlertContainer" class="stAlertContainer alert-error">
        <div data-testid="stAlertContentError" class="alert-content">
          <div>
            <strong>{title}</strong>
            <ul class="slot-errors">
              {errors.map((e, i) => (
                <li key={i}>
                  <code>{e}</code>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    </div>
  );
}

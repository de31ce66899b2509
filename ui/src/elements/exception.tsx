/** st.exception and uncaught script errors: message, then the traceback. */
import type { ExceptionProps } from "../protocol/generated";
import type { ElementRenderer } from "./types";

type Frame = ExceptionProps["frames"][number];

function FrameLines({ frame }: { frame: Frame }) {
  return (
    <span class={frame.is_user_code ? "frame user-frame" : "frame"} data-user-code={frame.is_user_code || undefined}>
      {`  File "${frame.filename}", line ${frame.lineno}, in ${frame.name}\n`}
      {frame.line ? `    ${frame.line.trim()}\n` : null}
    </span>
  );
}

export const exception: ElementRenderer<"exception"> = ({ node: { props } }) => {
  const kind = props.is_warning ? "warning" : "error";
  const headline = props.message ? `${props.type_name}: ` : props.type_name;
  return (
    <div data-testid="stException" class="stException">
      <div role="alert" data-testid="stAlertContainer" class={`stAlertContainer alert-${kind}`}>
        <div data-testid="stExceptionMessage" class="exception-message">
          <strong class="exception-type">{headline}</strong>
          <span class="exception-text">{props.message}</span>
        </div>
        {props.frames.length > 0 || props.traceback ? (
          <details class="exception-traceback" open>
            <summary>Traceback</summary>
            <pre data-testid="stExceptionTraceback">
              <code>
                {props.frames.length > 0
                  ? props.frames.map((f, i) => <FrameLines key={i} frame={f} />)
                  : props.traceback}
              </code>
            </pre>
          </details>
        ) : null}
      </div>
    </div>
  );
};

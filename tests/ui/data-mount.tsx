/**
 * Mounting a data_editor in jsdom for the grid tests (use with
 * useFixedGridLayout from ./data-helpers so rows render).
 *
 *   const { cell, dbl, sent, draw } = mountDataEditor({ data, columns });
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import type { WidgetUpdate } from "../../ui/src/app/controller";
import { render as DataEditor } from "../../ui/src/elements/data-editor-impl";
import type { DataEditorProps } from "../../ui/src/protocol/generated";
import { WidgetContext } from "../../ui/src/widgets/context";
import { el, fire } from "./fixtures";

/** The grid cell at a view row (0 = first data row) and an aria column index. */
export function gridCell(root: HTMLElement, viewRow: number, colIndex: number): HTMLElement {
  return root.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${viewRow + 2}"] [role="gridcell"][aria-colindex="${colIndex}"]`)!;
}

/** Render a data_editor with `props`; `draw(extra)` re-renders it with more props, as a rerun does. */
export function mountDataEditor(props: Partial<DataEditorProps>) {
  const root = document.createElement("div");
  document.body.appendChild(root);
  const sent: WidgetUpdate[] = [];
  const draw = (extra: Partial<DataEditorProps> = {}) => {
    const node = el("data_editor", { ...props, ...extra });
    act(() => {
      render(
        <WidgetContext.Provider value={{ send: (u) => sent.push(u) }}>
          <DataEditor node={node} />
        </WidgetContext.Provider>,
        root,
      );
    });
  };
  draw();
  const cell = (viewRow: number, colIndex: number) => gridCell(root, viewRow, colIndex);
  const dbl = (target: HTMLElement) => fire(target, new MouseEvent("dblclick", { bubbles: true }));
  return { root, sent, cell, dbl, draw };
}

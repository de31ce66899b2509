import { afterEach, describe, expect, it } from "vitest";
import { render } from "preact";
import { act } from "preact/test-utils";
import { lazyRenderer } from "../../ui/src/elements/lazy";
import type { ElementRenderer } from "../../ui/src/elements/types";
import { ErrorBoundary } from "../../ui/src/layout/ErrorBoundary";
import { el } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("lazyRenderer", () => {
  it("shows a skeleton, then the loaded renderer", async () => {
    let resolve: (r: ElementRenderer<"text">) => void = () => undefined;
    const Lazy = lazyRenderer<"text">(() => new Promise((r) => (resolve = r)));
    const root = document.body.appendChild(document.createElement("div"));
    act(() => render(<Lazy node={el("text", { body: "heavy" }, { id: null })} />, root));
    expect(root.innerHTML).toBe('<div data-testid="stSkeleton" class="stSkeleton" aria-busy="true"></div>');
    await act(async () => {
      resolve(({ node }) => <p>{node.props.body}</p>);
      await Promise.resolve();
    });
    expect(root.innerHTML).toBe("<p>heavy</p>");
  });

  it("reports a failed load in the element's slot", async () => {
    const Lazy = lazyRenderer<"text">(() => Promise.reject(new Error("chunk 404")));
    const root = document.body.appendChild(document.createElement("div"));
    act(() =>
      render(
        <ErrorBoundary label="text">
          <Lazy node={el("text", {}, { id: null })} />
        </ErrorBoundary>,
        root,
      ),
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector("[data-testid=stAlertContentError]")?.textContent).toContain("chunk 404");
  });
});

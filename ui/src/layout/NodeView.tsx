/**
 * Renders tree slots: elements inside Streamlit's element container, blocks
 * through their renderer with rendered children. Stale elements fade.
 */
import { Component, type ComponentChildren } from "preact";
import { blockRenderer, elementRenderer } from "../elements";
import { keyClass } from "../elements/types";
import { widthStyle, type Width } from "../elements/width";
import type { ElementNode } from "../protocol/generated";
import { isStale, type Children, type Slot } from "../tree";
import { ErrorBoundary, SlotError } from "./ErrorBoundary";

type Props = { slot: Slot; activeRunId: number | null };

type ContainerProps = { cls: string; stale: boolean; width?: Width; children: ComponentChildren };

/** The one place an element's `width` prop is applied: widgets inside fill this box. */
function ElementContainer({ cls, stale, width, children }: ContainerProps) {
  const mode = width === undefined ? "" : ` width-${typeof width === "number" ? "fixed" : width}`;
  return (
    <div
      data-testid="stElementContainer"
      class={`stElementContainer element-container${mode} ${cls}`.trim()}
      data-stale={stale ? "true" : "false"}
      style={width === undefined ? undefined : widthStyle(width)}
    >
      {children}
    </div>
  );
}

/** Custom components (v1 frames, v2 mounts) keep their DOM while their name does. */
function componentKey(node: ElementNode): string | null {
  if (node.type === "component_instance") return `component:${node.props.name}`;
  if (node.type === "component_v2") return `component_v2:${node.props.name}`;
  return null;
}

function SlotView({ slot, activeRunId }: Props) {
  if (slot === null) return null;
  const stale = isStale(slot, activeRunId);
  switch (slot.kind) {
    case "invalid":
      return (
        <ElementContainer cls="invalid" stale={stale}>
          <div data-testid="wasmlitInvalidElement">
            <SlotError title="Invalid element from the app worker" errors={slot.node.errors} />
          </div>
        </ElementContainer>
      );
    case "element": {
      const Renderer = elementRenderer(slot.node);
      const props = slot.node.props;
      const width = "width" in props ? props.width : undefined;
      return (
        <ElementContainer cls={`${slot.node.type === "empty" ? "empty " : ""}${keyClass(slot.node.key)}`} stale={stale} width={width}>
          <ErrorBoundary label={slot.node.type}>
            {/* Another widget in this slot starts fresh, never inheriting a local edit.
                A custom component stays while its name does (its id follows its args). */}
            <Renderer key={componentKey(slot.node) ?? slot.node.id ?? slot.node.type} node={slot.node} />
          </ErrorBoundary>
        </ElementContainer>
      );
    }
    case "block": {
      const Renderer = blockRenderer(slot.node);
      return (
        <ErrorBoundary label={slot.node.type}>
          <Renderer node={slot.node}>
            <ChildrenView slots={slot.children} activeRunId={activeRunId} />
          </Renderer>
        </ErrorBoundary>
      );
    }
    default: {
      const _: never = slot;
      return _;
    }
  }
}

/** Unchanged subtrees keep their identity (tree.ts), so this skips them. */
export class NodeView extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.slot !== this.props.slot || next.activeRunId !== this.props.activeRunId;
  }

  override render() {
    return <SlotView slot={this.props.slot} activeRunId={this.props.activeRunId} />;
  }
}

export function ChildrenView({ slots, activeRunId }: { slots: Children; activeRunId: number | null }) {
  return (
    <>
      {slots.map((slot, i) => (
        <NodeView key={i} slot={slot} activeRunId={activeRunId} />
      ))}
    </>
  );
}

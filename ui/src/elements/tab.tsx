/** One tab's panel; `tabs` shows the selected one and labels it. */
import type { BlockRenderer } from "./types";

export const tab: BlockRenderer<"tab"> = ({ children }) => (
  <div data-testid="stTabPanel" role="tabpanel" class="stTabPanel" tabIndex={0}>
    <div data-testid="stVerticalBlock" class="stVerticalBlock">
      {children}
    </div>
  </div>
);

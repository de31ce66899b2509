/**
 * One picked file as a widget lists it: its name, then its size, "Uploading…"
 * or the reason it was refused, and a remove button. The uploader's rows and
 * the chat input's chips are this component with their own test ids.
 */
import { CloseIcon, FileIcon } from "../icons";
import { formatBytes } from "./fileRules";
import type { FileEntry } from "./useFiles";

export type FileItemIds = { item: string; name: string; data: string; error: string; remove: string };

type Props = {
  entry: FileEntry;
  ids: FileItemIds;
  className: string;
  disabled: boolean;
  onRemove: (key: string) => void;
};

export function FileItem({ entry, ids, className, disabled, onRemove }: Props) {
  const status = entry.error !== null ? "error" : entry.ref === null ? "uploading" : "uploaded";
  return (
    <li data-testid={ids.item} class={`${className} file-status-${status}`} data-status={status}>
      <span class="file-icon">
        <FileIcon size={18} />
      </span>
      <span class="file-text">
        <span data-testid={ids.name} class="file-name" title={entry.name}>
          {entry.name}
        </span>
        {entry.error !== null ? (
          <span data-testid={ids.error} class="file-error" role="alert">
            {entry.error}
          </span>
        ) : (
          <small data-testid={ids.data} class="file-size">
            {entry.ref === null ? "Uploading…" : formatBytes(entry.size)}
          </small>
        )}
      </span>
      <span data-testid={ids.remove} class="file-remove">
        <button type="button" aria-label={`Remove ${entry.name}`} disabled={disabled} onClick={() => onRemove(entry.key)}>
          <CloseIcon size={14} />
        </button>
      </span>
    </li>
  );
}

import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

/*
 * A table wider than a phone scrolls sideways inside its own region, never the page. The region can
 * be reached with the keyboard (tabindex 0; arrow keys then scroll it) and a screen reader announces it
 * by the table's caption or heading (role region, aria-labelledby): axe's scrollable-region-focusable.
 * Every table of the hub goes through one of the two forms below.
 */

interface ScrollTableProps {
  /** Unique on the page: the caption gets the id `<id>-caption`, which names the region. */
  id: string;
  /** The table's caption; without one, `labelledBy` names the region (a heading's id). */
  caption?: Child;
  labelledBy?: string;
  /** e.g. "visually-hidden" for a caption that only screen readers need. */
  captionClass?: string;
  class?: string;
  /** <thead>, <tbody>… */
  children: Child;
}

/** A table in its scroll region, named by its caption (or by the heading `labelledBy`). */
export function ScrollTable({ id, caption, labelledBy, captionClass, class: className, children }: ScrollTableProps) {
  const captionId = `${id}-caption`;
  return (
    <div class="scroll" role="region" tabindex={0} aria-labelledby={caption === undefined ? labelledBy : captionId}>
      <table class={className}>
        {caption === undefined ? null : <caption id={captionId} class={captionClass}>{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The same region around a table built as a string (the charts' table alternatives, web/charts/table.ts). */
export function scrollRegion(table: string, labelledBy: string): string {
  return `<div class="scroll" role="region" tabindex="0" aria-labelledby="${labelledBy.replace(/[^A-Za-z0-9_-]/g, '-')}">${table}</div>`;
}

/** For a string table in a hono/jsx page. */
export function ScrollRegion({ table, labelledBy }: { table: string; labelledBy: string }) {
  return raw(scrollRegion(table, labelledBy));
}

/**
 * The page shell around the canvas: the two side panels, docked and collapsible on wide screens, and
 * drawers over the canvas on narrow ones (below NARROW_PX, set in styles/narrow.css too), so the canvas always
 * keeps most of the screen; and the keys that work anywhere (Escape clears the selection and closes an
 * open drawer or menu).
 */

import { clearSelection, type Store } from "./state";

/** Below this width (px) the side panels are drawers; styles/narrow.css uses the same breakpoint. */
export const NARROW_PX = 1100;

/** Wires the collapse buttons, the drawer buttons and the global keys; returns the dispose function. */
export function mountShell(store: Store): () => void {
  const side = (name: string) => document.getElementById(name);
  const toggles = (name: string) => document.querySelectorAll<HTMLElement>(`[data-drawer="${name}"]`);

  const setDrawer = (name: string, isOpen: boolean) => {
    side(name)?.classList.toggle("open", isOpen);
    for (const toggle of toggles(name)) toggle.setAttribute("aria-expanded", String(isOpen));
    if (isOpen) side(name)?.querySelector<HTMLElement>(".drawer-close")?.focus();
  };
  const closeDrawers = () => ["left", "right"].forEach((name) => setDrawer(name, false));

  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-collapse]")) {
    button.addEventListener("click", () => {
      const panel = side(button.dataset.collapse!);
      panel?.classList.toggle("collapsed");
      button.setAttribute("aria-expanded", String(!panel?.classList.contains("collapsed")));
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-drawer]")) {
    button.addEventListener("click", () => {
      const name = button.dataset.drawer!;
      const isOpen = !side(name)?.classList.contains("open");
      // On a phone two drawers would cover the whole canvas: one at a time.
      closeDrawers();
      setDrawer(name, isOpen);
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-drawer-close]")) {
    button.addEventListener("click", () => {
      setDrawer(button.dataset.drawerClose!, false);
      document.querySelector<HTMLElement>(`[data-drawer="${button.dataset.drawerClose}"]`)?.focus();
    });
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    clearSelection(store);
    closeDrawers();
    for (const menu of document.querySelectorAll<HTMLDetailsElement>("details.menu[open]")) menu.open = false;
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}

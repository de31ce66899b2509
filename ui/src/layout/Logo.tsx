/**
 * st.logo (a page-level `logo` message, not an element): at the top of the
 * sidebar, and in the top-left corner when the sidebar is collapsed or absent,
 * where `icon_image` replaces the image if given.
 */
import type { LogoMessage } from "../protocol/generated";
import { safeHref, SourceImage } from "../media/sourceImage";

export function Logo({ logo, corner }: { logo: LogoMessage; corner: boolean }) {
  const source = corner && logo.icon_image !== null ? logo.icon_image : logo.image;
  const img = <SourceImage source={source} alt="Logo" testId="stLogo" class={`stLogo size-${logo.size}`} />;
  const href = safeHref(logo.link);
  if (href === undefined) return img;
  return (
    <a data-testid="stLogoLink" class="stLogoLink" href={href} target="_blank" rel="noopener noreferrer">
      {img}
    </a>
  );
}

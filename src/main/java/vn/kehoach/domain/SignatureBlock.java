package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The signature block. {@code collective} gives the "TM. …" line (signing on behalf of a
 * collective body); {@code authority} with {@code headTitle} gives "KT. CHỦ TỊCH", "TL. …",
 * "TUQ. …" or "Q. …"; then the signer's own title and name.
 */
public record SignatureBlock(String collective, SigningAuthority authority, String headTitle,
                             String signerTitle, String signerName, Long signerId) {

    public SignatureBlock {
        collective = Text.cleanOrNull(collective);
        headTitle = Text.cleanOrNull(headTitle);
        signerTitle = Text.cleanOrNull(signerTitle);
        signerName = Text.cleanOrNull(signerName);
    }

    /** The uppercase authority lines printed above the signature space. */
    public List<String> authorityLines() {
        List<String> lines = new ArrayList<>();
        if (collective != null) {
            lines.add(SigningAuthority.ON_BEHALF.prefix() + " " + collective.toUpperCase(Text.VIETNAMESE));
        }
        if (authority == SigningAuthority.ACTING && headTitle != null) {
            lines.add(authority.prefix() + " " + headTitle.toUpperCase(Text.VIETNAMESE));
            return lines;
        }
        if (authority != null && authority != SigningAuthority.ON_BEHALF && headTitle != null) {
            lines.add(authority.prefix() + " " + headTitle.toUpperCase(Text.VIETNAMESE));
        }
        if (signerTitle != null) {
            lines.add(signerTitle.toUpperCase(Text.VIETNAMESE));
        }
        return lines;
    }
}

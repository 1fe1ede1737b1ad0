package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bodies a plan names only as text (a Word import keeps what it could not find in the
 * directory): the governing and issuing body without a directory body, and the recipient lines that
 * are neither a body nor a group and name one body. They are what the builder offers to add to the
 * directory.
 */
public final class UnknownBodies {
    /** Where the plan names the body. */
    public enum Place { GOVERNING, ISSUING, RECIPIENT }

    /** A name as the plan prints it (lines of a header joined), and where. */
    public record Unknown(String name, Place place) {}

    /**
     * Lines that are not one body: "Như trên" (the addressees above), and lines naming several at
     * once ("TT. TU, HĐND, UBND tỉnh", "Các sở, ban, ngành tỉnh"), which are a recipient group's work.
     */
    private static final Pattern NOT_A_BODY = Pattern.compile("(?iu)^như trên\\b.*|.*,.*|các\\s.*");

    private UnknownBodies() {}

    public static List<Unknown> of(Plan plan) {
        List<Unknown> out = new ArrayList<>();
        PlanHeader h = plan.header();
        if (h.governingBodyId() == null && h.governingBody() != null) {
            out.add(new Unknown(oneLine(h.governingBody()), Place.GOVERNING));
        }
        if (h.issuingBodyId() == null && h.issuingBody() != null) {
            out.add(new Unknown(oneLine(h.issuingBody()), Place.ISSUING));
        }
        for (Recipient r : plan.recipients()) {
            if (r.organizationId() == null && r.groupId() == null && !NOT_A_BODY.matcher(r.text()).matches()) {
                out.add(new Unknown(r.text(), Place.RECIPIENT));
            }
        }
        return out;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

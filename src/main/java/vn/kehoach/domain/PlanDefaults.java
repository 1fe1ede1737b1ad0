package vn.kehoach.domain;

/**
 * What the office set up once and every new plan starts with: the issuing body (with the body
 * above it as the governing body), the signer, the place name of the date line. Any of them may be
 * missing (a sample database has none); what is missing stays as the template has it.
 */
public record PlanDefaults(Organization governing, Organization issuing, Person signer, String place) {
    public static final PlanDefaults NONE = new PlanDefaults(null, null, null, null);

    public PlanDefaults {
        place = Text.cleanOrNull(place);
    }

    /** {@code plan} (a new draft) with the office's bodies, signer and place in its header and signature. */
    public Plan applyTo(Plan plan) {
        PlanHeader h = plan.header();
        String placeName = place != null ? place : issuing != null ? issuing.placeName() : h.place();
        PlanHeader header = new PlanHeader(
                governing == null ? h.governingBodyId() : governing.id(),
                governing == null ? h.governingBody() : HeaderTexts.governing(governing),
                issuing == null ? h.issuingBodyId() : issuing.id(),
                issuing == null ? h.issuingBody() : HeaderTexts.issuing(issuing),
                h.number(), issuing == null ? h.symbol() : HeaderTexts.symbol(issuing, h.symbol()),
                placeName, h.issueDate(), h.issueYear());
        SignatureBlock s = plan.signature();
        SignatureBlock signature = signer == null ? s : new SignatureBlock(s.collective(), s.authority(),
                s.headTitle(), s.signerTitle(), signer.fullName(), signer.id());
        return PlanEdit.of(plan).header(header).signature(signature).build();
    }
}

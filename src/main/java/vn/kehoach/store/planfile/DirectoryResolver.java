package vn.kehoach.store.planfile;

/**
 * Translates between the names a plan file uses and the ids of one office's directory.
 * The importer calls the name → id methods, the exporter the id → name methods.
 */
public interface DirectoryResolver {
    /**
     * The id of the body named by {@code ref} (full name, or else short name, at the same level;
     * {@code parentName} disambiguates). An implementation may create a missing body from the
     * hints and report it; it never returns null for a non-null ref.
     */
    Long organizationId(BodyRef ref);

    /** The reference of a body, with kind, short name and parent's full name as hints. */
    BodyRef bodyRef(Long organizationId);

    /** The id of a saved recipient group, or null when unknown (the recipient stays plain text). */
    Long groupId(String name);

    String groupName(Long id);

    /** The id of an award form, or null when unknown (the import is then refused). */
    Long awardFormId(String name);

    String awardFormName(Long id);

    /** The id of a person who signs, or null: the signature keeps only the printed name. */
    default Long signerId(String fullName) {
        return null;
    }
}

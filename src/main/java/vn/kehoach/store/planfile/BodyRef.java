package vn.kehoach.store.planfile;

import static vn.kehoach.store.planfile.FieldCheck.optional;
import static vn.kehoach.store.planfile.FieldCheck.required;

import vn.kehoach.domain.Level;
import vn.kehoach.domain.OrganizationKind;

/**
 * A body of the directory named so that another office can find it: its full name and level.
 * {@code kind}, {@code shortName} and {@code parentName} are hints: they disambiguate and are
 * used only when the body is missing and must be created.
 */
public record BodyRef(String name, Level level, OrganizationKind kind, String shortName, String parentName) {
    public BodyRef {
        name = required("name", name, 500);
        level = required("level", level);
        shortName = optional("shortName", shortName, 200);
        parentName = optional("parentName", parentName, 500);
    }

    public static BodyRef of(String name, Level level) {
        return new BodyRef(name, level, null, null, null);
    }
}

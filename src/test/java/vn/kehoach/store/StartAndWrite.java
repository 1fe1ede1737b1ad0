package vn.kehoach.store;

import java.nio.file.Path;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;

/** One workstation starting on a file that may not exist yet: opens (creating it), writes one body, closes. */
public final class StartAndWrite {
    public static void main(String[] args) {
        String outcome = "ok";
        try (Database db = Database.open(DatabaseFile.of(Path.of(args[0])), true)) {
            new OrganizationRepository(db).save(Organization.of("Đơn vị " + args[1], args[1], Level.PROVINCE,
                    OrganizationKind.DEPARTMENT, null));
        } catch (WriteUnconfirmedException e) {
            outcome = "ok, saved but unconfirmed"; // the holder left as it committed: written once, not retried
        }
        System.out.println(outcome);
        System.exit(0);
    }
}

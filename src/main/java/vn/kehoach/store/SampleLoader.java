package vn.kehoach.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.planfile.DirectoryFile;
import vn.kehoach.store.planfile.DirectoryFileCodec;
import vn.kehoach.store.planfile.InMemoryDirectory;
import vn.kehoach.store.planfile.PlanFileCodec;

/**
 * The demo data: the province directory of {@code sample/directory.json} and the three plans of
 * {@code sample/plans/}, loaded into an empty database in one transaction.
 */
public final class SampleLoader {
    public static final List<String> PLANS = List.of(
            "/sample/plans/000-lao-cai-tong-ket-2021.json",
            "/sample/plans/001-gia-lai-so-ket-3-nam.json",
            "/sample/plans/002-lai-chau-phong-trao-thi-dua.json");

    private final Database db;

    public SampleLoader(Database db) {
        this.db = db;
    }

    /** What was loaded. */
    public record Report(int organizations, int plans) {}

    /** Told as each step of the load begins (called on the loading thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (step, steps, what) -> { };

        /** Step {@code step} of {@code steps} (from 1) begins; {@code what} says in Vietnamese what it loads. */
        void step(int step, int steps, String what);
    }

    public Report loadIntoEmpty() {
        return loadIntoEmpty(Progress.NONE);
    }

    /** Loads the sample data, telling {@code progress} of each step: the directory, then each plan. */
    public Report loadIntoEmpty(Progress progress) {
        int steps = 1 + PLANS.size();
        return db.inTransaction(tx -> {
            if (tx.fetchCount(vn.kehoach.store.jooq.Tables.ORGANIZATION) > 0
                    || tx.fetchCount(vn.kehoach.store.jooq.Tables.PLAN) > 0) {
                throw new UserError("sample.error.notEmpty", db.location().toString());
            }
            progress.step(1, steps, Messages.get("app.start.sampleDirectory"));
            DirectoryFile file = DirectoryFileCodec.sample();
            int bodies = insertDirectory(tx, file.toDirectory(), file.baseSalaryList());
            for (int i = 0; i < PLANS.size(); i++) {
                progress.step(2 + i, steps, Messages.get("app.start.samplePlan", i + 1, PLANS.size()));
                // an issued plan takes its number in the register as it is imported
                PlanTransfer.importInto(tx, PlanFileCodec.read(readResource(PLANS.get(i))), false);
            }
            OfficeSetup.recordSample(tx);
            return new Report(bodies, PLANS.size());
        });
    }

    /** Copies a directory held in memory into the database, translating its ids. */
    private static int insertDirectory(DSLContext tx, InMemoryDirectory source, List<BaseSalary> salaries) {
        Map<Long, Long> ids = new HashMap<>();
        for (Organization o : source.bodies()) {
            Organization copy = new Organization(null, o.fullName(), o.shortName(), o.level(), o.kind(),
                    o.parentId() == null ? null : ids.get(o.parentId()), o.archiveAbbreviation(), o.address(),
                    o.email(), o.sortOrder(), o.validFrom(), o.validUntil(), null, o.ruralStandard(),
                    o.ruralStandardYear());
            ids.put(o.id(), OrganizationRepository.save(tx, copy).id());
        }
        for (Organization o : source.bodies()) {
            if (o.mergedIntoId() != null) {
                Organization stored = OrganizationRepository.all(tx).stream()
                        .filter(x -> x.id().equals(ids.get(o.id()))).findFirst().orElseThrow();
                OrganizationRepository.save(tx, stored.endedOn(stored.validUntil(), ids.get(o.mergedIntoId())));
            }
        }
        for (Person p : source.people()) {
            PersonRepository.save(tx, new Person(null, p.fullName(), p.title(),
                    p.organizationId() == null ? null : ids.get(p.organizationId())));
        }
        for (RecipientGroup g : source.groups()) {
            RecipientGroupRepository.save(tx, new RecipientGroup(null, g.name(), g.sortOrder(),
                    g.memberIds().stream().map(ids::get).toList()));
        }
        for (AwardForm f : source.awardForms()) {
            AwardRepository.saveForm(tx, new AwardForm(null, f.name(), f.level(), f.giver(), f.individualMultiple(),
                    f.collectiveMultiple(), f.legalBasis(), f.validFrom(), f.validUntil(), f.sortOrder()));
        }
        for (BaseSalary s : salaries) {
            AwardRepository.saveBaseSalary(tx, s);
        }
        return source.bodies().size();
    }

    private static String readResource(String name) {
        try (InputStream in = SampleLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }
}

package vn.kehoach.store;

import vn.kehoach.domain.InputRules;
import static vn.kehoach.store.jooq.Tables.PERSON;
import static vn.kehoach.store.jooq.Tables.PLAN;

import java.util.List;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.PersonRecord;

/** People who sign plans. */
public final class PersonRepository {
    private final Database db;

    public PersonRepository(Database db) {
        this.db = db;
    }

    public List<Person> all() {
        return db.read(PersonRepository::all);
    }

    static List<Person> all(org.jooq.DSLContext dsl) {
        return dsl.selectFrom(PERSON).orderBy(PERSON.ID).fetch(PersonRepository::toDomain);
    }

    static java.util.Optional<Person> find(org.jooq.DSLContext dsl, long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toDomain);
    }

    private static Person toDomain(vn.kehoach.store.jooq.tables.records.PersonRecord r) {
        return new Person(r.getId(), r.getFullName(), r.getTitle(), r.getOrganizationId());
    }

    public Person save(Person p) {
        return db.inTransaction(tx -> save(tx, p));
    }

    static Person save(org.jooq.DSLContext tx, Person p) {
        InputRules.check(p);
        if (Text.isBlank(p.fullName())) {
            throw new UserError("person.error.nameRequired");
        }
        PersonRecord r = p.id() == null ? tx.newRecord(PERSON) : tx.fetchOne(PERSON, PERSON.ID.eq(p.id()));
        r.setFullName(p.fullName());
        r.setTitle(p.title());
        r.setOrganizationId(p.organizationId());
        r.store();
        Audit.record(tx, p.id() == null ? "INSERT" : "UPDATE", "person", r.getId(), p.fullName());
        return new Person(r.getId(), p.fullName(), p.title(), p.organizationId());
    }

    public void delete(long id) {
        db.inTransaction(tx -> {
            tx.update(PLAN).setNull(PLAN.SIGNER_ID).set(PLAN.ROW_VERSION, PLAN.ROW_VERSION.plus(1))
                    .where(PLAN.SIGNER_ID.eq(id)).execute();
            tx.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute();
            Audit.record(tx, "DELETE", "person", id, null);
            return null;
        });
    }
}

package vn.kehoach.ui.awards;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Text;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/** Movements and award forms, read-only for now (the award register comes later). */
public final class AwardListViewModel {
    public record MovementRow(String name, String years, String standingAgency, String quotaRules) {}

    public record FormRow(String name, String level, String giver, String individual, String collective,
                          String validity) {}

    public record Content(List<MovementRow> movements, List<FormRow> forms) {}

    private final Callable<Content> loader;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<MovementRow> movements = FXCollections.observableArrayList();
    private final ObservableList<FormRow> forms = FXCollections.observableArrayList();

    public AwardListViewModel(Callable<Content> loader, TaskRunner runner, ErrorReporter errors) {
        this.loader = loader;
        this.runner = runner;
        this.errors = errors;
    }

    public static Content read(AppContext ctx) {
        Map<Long, Organization> units = ctx.organizations().all().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<MovementRow> ms = ctx.awards().movements().stream().map(m -> movementRow(m, units)).toList();
        List<FormRow> fs = ctx.awards().forms().stream().map(AwardListViewModel::formRow).toList();
        return new Content(ms, fs);
    }

    private static MovementRow movementRow(Movement m, Map<Long, Organization> units) {
        Organization agency = m.standingAgencyId() == null ? null : units.get(m.standingAgencyId());
        return new MovementRow(m.name(), m.startYear() + "–" + m.endYear(), agency == null ? "" : agency.shortName(),
                String.valueOf(m.quotaRules().size()));
    }

    private static FormRow formRow(AwardForm f) {
        String validity = f.validFrom() == null && f.validUntil() == null ? ""
                : Formats.date(f.validFrom()) + " – " + Formats.date(f.validUntil());
        return new FormRow(f.name(), f.level() == null ? "" : Messages.get("ui.level." + f.level().name()), f.giver(),
                multiple(f.individualMultiple()), multiple(f.collectiveMultiple()), validity);
    }

    private static String multiple(BigDecimal m) {
        return m == null ? "" : NumberFormat.getNumberInstance(Text.VIETNAMESE).format(m);
    }

    public void load() {
        runner.submit(loader, c -> {
            movements.setAll(c.movements());
            forms.setAll(c.forms());
        }, errors::report);
    }

    public ObservableList<MovementRow> movements() {
        return movements;
    }

    public ObservableList<FormRow> forms() {
        return forms;
    }
}

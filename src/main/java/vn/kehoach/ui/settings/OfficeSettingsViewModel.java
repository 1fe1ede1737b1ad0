package vn.kehoach.ui.settings;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.NumberFormatting;
import vn.kehoach.domain.SymbolRule;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.NumberRegister;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/**
 * The office part of Settings: where the register of outgoing documents continues (the last number
 * issued outside the app for a symbol and year, and the next one proposed), and removing the sample data.
 */
public final class OfficeSettingsViewModel {
    private final AppContext ctx;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final StringProperty symbol = new SimpleStringProperty("KH-UBND");
    private final StringProperty year = new SimpleStringProperty(String.valueOf(LocalDate.now().getYear()));
    private final StringProperty last = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper symbolProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasSample = new ReadOnlyBooleanWrapper(false);

    public OfficeSettingsViewModel(AppContext ctx, TaskRunner runner, ErrorReporter errors) {
        this.ctx = ctx;
        this.runner = runner;
        this.errors = errors;
        // the rule shows while typing, before anything is saved
        symbol.addListener((o, was, s) -> symbolProblem.set(SymbolRule.problem(s).orElse("")));
    }

    /** Reads whether sample data is left and the next number of the shown symbol and year. */
    public void load() {
        runner.submit(() -> ctx.office().hasSample(), hasSample::set, errors::report);
        refreshNext();
    }

    private void refreshNext() {
        String s = Text.clean(symbol.get());
        Integer y = parseYear();
        if (s.isEmpty() || y == null || SymbolRule.problem(s).isPresent()) {
            next.set("");
            return;
        }
        runner.submit(() -> ctx.numberRegister().nextFree(s, y),
                n -> next.set(Messages.get("ui.office.register.next", NumberFormatting.number(n), s, y)), errors::report);
    }

    private Integer parseYear() {
        try {
            return Integer.parseInt(Text.clean(year.get()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves the last number issued outside the app; the rule or the range is shown when refused. */
    public void saveRegisterStart() {
        Integer y = parseYear();
        int n;
        try {
            n = Integer.parseInt(Text.clean(last.get()).replace(".", ""));
        } catch (NumberFormatException e) {
            info.set(Messages.get("ui.office.register.badNumber"));
            return;
        }
        if (y == null) {
            info.set(Messages.get("ui.office.register.badNumber"));
            return;
        }
        String s = symbol.get();
        runner.submit(() -> {
            NumberRegister r = ctx.numberRegister();
            NumberRegister.Start start = r.setLast(s, y, n, null);
            return Messages.get("cli.register.set", NumberFormatting.number(start.lastNumber()), start.symbol(),
                    start.year(), NumberFormatting.number(r.nextFree(start.symbol(), start.year())));
        }, text -> {
            info.set(text);
            refreshNext();
        }, e -> {
            if (e instanceof UserError u) {
                info.set(u.getLocalizedMessage());
            } else {
                errors.report(e);
            }
        });
    }

    /** Removes the sample data (the view asks first). */
    public void removeSample() {
        runner.submit(() -> ctx.office().removeSample(), r -> {
            info.set(Messages.get("cli.removeSample.done", r.plans(), r.movements(), r.bodies(), r.people(),
                    r.groups()));
            hasSample.set(false);
        }, errors::report);
    }

    public StringProperty symbolProperty() { return symbol; }
    public StringProperty yearProperty() { return year; }
    public StringProperty lastProperty() { return last; }
    public ReadOnlyStringProperty symbolProblemProperty() { return symbolProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nextProperty() { return next.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasSampleProperty() { return hasSample.getReadOnlyProperty(); }
    public boolean isReadOnly() { return ctx.isReadOnly(); }
}

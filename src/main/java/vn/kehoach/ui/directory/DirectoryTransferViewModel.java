package vn.kehoach.ui.directory;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.domain.DirectorySheet;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.DirectorySheet.Problem;
import vn.kehoach.store.DirectoryTransfer;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/**
 * The directory to and from an Excel workbook, from the Directory screen: the work runs in the
 * background; the outcome is one sentence, and for a refused workbook the row-by-row problems
 * (nothing was imported then). A successful import reloads the directory.
 */
public final class DirectoryTransferViewModel {
    private final Function<Path, DirectorySheet> exporter;
    private final Function<Path, DirectoryTransfer.Result> importer;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Runnable afterImport;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** {@code exporter} and {@code importer} are the office's (in the app: {@code vn.kehoach.app.Office}). */
    public DirectoryTransferViewModel(Function<Path, DirectorySheet> exporter,
                                      Function<Path, DirectoryTransfer.Result> importer, TaskRunner runner,
                                      ErrorReporter errors, Runnable afterImport) {
        this.exporter = Objects.requireNonNull(exporter);
        this.importer = Objects.requireNonNull(importer);
        this.runner = Objects.requireNonNull(runner);
        this.errors = Objects.requireNonNull(errors);
        this.afterImport = Objects.requireNonNull(afterImport);
    }

    public void exportTo(Path out) {
        start();
        runner.submit(() -> exporter.apply(out), sheet -> {
            busy.set(false);
            outcome.set(Messages.get("directory.exported", sheet.bodies().size(), sheet.signers().size(),
                    sheet.groups().size(), out.toString()));
        }, this::failed);
    }

    public void importFrom(Path file) {
        start();
        runner.submit(() -> importer.apply(file), result -> {
            busy.set(false);
            if (result.ok()) {
                outcome.set(result.summary());
                afterImport.run();
            } else {
                problems.setAll(result.problems().stream().map(Problem::toString).toList());
                outcome.set(Messages.get("directory.xlsx.refused", result.problems().size()));
            }
        }, this::failed);
    }

    private void start() {
        busy.set(true);
        outcome.set("");
        problems.clear();
    }

    private void failed(Throwable error) {
        busy.set(false);
        errors.report(error);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The problems of a refused workbook, one line each (row and field named). */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }
}

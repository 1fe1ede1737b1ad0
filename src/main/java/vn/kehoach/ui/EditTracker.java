package vn.kehoach.ui;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whether a form differs from what was last loaded or saved. The view-model gives a snapshot of its
 * values (anything with {@code equals}: a record, a list) and the properties it reads; the form is
 * dirty while the snapshot differs from the one taken at {@link #markClean()}. Typing a value back
 * to what it was makes the form clean again. Knows no controls.
 */
public final class EditTracker {
    private final Supplier<?> snapshot;
    private final ObjectProperty<Object> clean = new SimpleObjectProperty<>(this, "clean");
    private final BooleanBinding dirty;

    public EditTracker(Supplier<?> snapshot, Observable... fields) {
        this.snapshot = Objects.requireNonNull(snapshot);
        Observable[] deps = Arrays.copyOf(fields, fields.length + 1);
        deps[fields.length] = clean;
        clean.set(snapshot.get());
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(snapshot.get(), clean.get()), deps);
    }

    /** The values now on the form are the saved ones (after a load or a save). */
    public void markClean() {
        clean.set(snapshot.get());
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}

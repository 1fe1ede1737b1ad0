package vn.kehoach.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (the window is built by the UI work). */
public final class KehoachApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle(vn.kehoach.domain.Messages.get("app.title"));
        stage.show();
    }
}
